package org.wego.ceds.domain.feed;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SDMX time periods as {@code startPeriod}/{@code endPeriod} accept them (ISO 8601 and the SDMX reporting periods):
 * {@code 2024}, {@code 2024-03}, {@code 2024-03-15}, {@code 2024-03-15T10:00:00}, {@code 2024-Q1}, {@code 2024-S1},
 * {@code 2024-T1}, {@code 2024-A1}, {@code 2024-M03}, {@code 2024-W10}, {@code 2024-D075} — each read as the interval
 * it covers. An annual observation is in the window when its year overlaps it.
 */
public final class SdmxPeriods {

    /** The days a period covers, both ends inclusive. */
    public record Interval(LocalDate start, LocalDate end) {

        public boolean overlapsYear(int year) {
            return !LocalDate.of(year, 12, 31).isBefore(start) && !LocalDate.of(year, 1, 1).isAfter(end);
        }
    }

    private static final Pattern REPORTING = Pattern.compile("(\\d{4})-([AQSTMWD])(\\d{1,3})");

    private SdmxPeriods() {
    }

    public static Interval parse(String period, String field) {
        String p = period.trim();
        try {
            if (p.matches("\\d{4}")) {
                int y = Integer.parseInt(p);
                return new Interval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            }
            if (p.matches("\\d{4}-\\d{2}")) {
                LocalDate first = LocalDate.parse(p + "-01");
                return new Interval(first, first.plusMonths(1).minusDays(1));
            }
            if (p.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(p);
                return new Interval(day, day);
            }
            if (p.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                LocalDate day = LocalDateTime.parse(p.replaceFirst("(Z|[+-]\\d{2}:\\d{2})$", "")).toLocalDate();
                return new Interval(day, day);
            }
            Matcher m = REPORTING.matcher(p);
            if (m.matches()) {
                return reporting(Integer.parseInt(m.group(1)), m.group(2).charAt(0), Integer.parseInt(m.group(3)), field, p);
            }
        } catch (java.time.DateTimeException e) {
            throw SdmxFailure.syntax(field, field + " '" + period + "' is not a valid period");
        }
        throw SdmxFailure.syntax(field, field + " '" + period + "' is not a period: use 2024, 2024-03, 2024-03-15, "
                + "2024-Q1, 2024-S1, 2024-T1, 2024-A1, 2024-M03, 2024-W10 or 2024-D075");
    }

    private static Interval reporting(int year, char type, int n, String field, String text) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        return switch (type) {
            case 'A' -> check(n, 1, field, text, new Interval(jan1, LocalDate.of(year, 12, 31)));
            case 'S' -> check(n, 2, field, text, months(jan1, (n - 1) * 6, 6));
            case 'T' -> check(n, 3, field, text, months(jan1, (n - 1) * 4, 4));
            case 'Q' -> check(n, 4, field, text, months(jan1, (n - 1) * 3, 3));
            case 'M' -> check(n, 12, field, text, months(jan1, n - 1, 1));
            case 'W' -> {
                int weeks = (int) jan1.plusDays(3).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
                LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Math.max(1, Math.min(n, weeks)))
                        .with(DayOfWeek.MONDAY);
                yield check(n, weeks, field, text, new Interval(monday, monday.plusDays(6)));
            }
            case 'D' -> check(n, jan1.lengthOfYear(), field, text, new Interval(jan1.plusDays(n - 1), jan1.plusDays(n - 1)));
            default -> throw SdmxFailure.syntax(field, field + " '" + text + "' is not a period");
        };
    }

    private static Interval months(LocalDate jan1, int offset, int length) {
        LocalDate start = jan1.plusMonths(offset);
        return new Interval(start, start.plusMonths(length).minusDays(1));
    }

    private static Interval check(int n, int max, String field, String text, Interval interval) {
        if (n < 1 || n > max) {
            throw SdmxFailure.syntax(field, field + " '" + text + "': the period number must be 1 to " + max);
        }
        return interval;
    }
}
