package org.wego.ceds.domain.feed;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An SDMX 2.1 REST data query for a CeDS dataflow, as the SDMX technical working group's specification (sdmx-rest
 * v1.5) defines it: {@code flowRef} = {@code [WEGO,]CEDS_<FRAMEWORK>[,<framework version>|latest]}; {@code key} =
 * {@code REF_AREA.CITY.MEASURE} (empty part = any, {@code +} = or, {@code all} or empty = everything);
 * {@code providerRef} {@code all} or {@code WEGO}; and the parameters {@code startPeriod}, {@code endPeriod},
 * {@code updatedAfter}, {@code firstNObservations}, {@code lastNObservations}, {@code dimensionAtObservation}
 * ({@code TIME_PERIOD}, a dimension id, {@code AllDimensions}), {@code detail} and {@code includeHistory}.
 */
public record SdmxDataQuery(String framework, String version, List<Set<String>> key, SdmxPeriods.Interval window,
                            Instant updatedAfter, Integer firstN, Integer lastN, String dimensionAtObservation,
                            Detail detail) {

    public static final String TIME_PERIOD = "TIME_PERIOD";
    public static final String ALL_DIMENSIONS = "AllDimensions";
    public static final List<String> DIMENSIONS = List.of("REF_AREA", "CITY", "MEASURE");
    private static final String CODE = "[A-Za-z0-9_@$\\-]+";

    public enum Detail {
        FULL, DATAONLY, SERIESKEYSONLY, NODATA;

        public boolean observations() {
            return this == FULL || this == DATAONLY;
        }

        public boolean attributes() {
            return this == FULL || this == NODATA;
        }
    }

    /** The raw parameters, as the resource received them. */
    public record Params(String startPeriod, String endPeriod, String updatedAfter, String firstN, String lastN,
                         String dimensionAtObservation, String detail, String includeHistory) {
    }

    public static SdmxDataQuery parse(String flowRef, String key, String providerRef, Params p) {
        String[] parts = flowRef.split(",", -1);
        String agency = parts.length >= 2 ? parts[0] : SdmxStructure.AGENCY;
        String id = parts.length >= 2 ? parts[1] : parts[0];
        String version = parts.length >= 3 ? parts[2] : "latest";
        if (parts.length > 3 || !(agency.equals(SdmxStructure.AGENCY) || agency.equals("all"))
                || !id.startsWith("CEDS_") || id.length() == 5 || !version.matches("latest|[0-9]+(\\.[0-9]+)*")) {
            throw SdmxFailure.noResults("no dataflow " + flowRef + "; CeDS dataflows are WEGO,CEDS_<FRAMEWORK>,"
                    + "<framework version> (e.g. WEGO,CEDS_LOSI,2022), or latest");
        }
        if (providerRef != null && !providerRef.isEmpty() && !providerRef.equals("all") && !providerRef.equals(SdmxStructure.AGENCY)
                && !providerRef.equals(SdmxStructure.AGENCY + ",all") && !providerRef.equals("all," + SdmxStructure.AGENCY)) {
            throw SdmxFailure.noResults("no data provider " + providerRef + "; WEGO provides all CeDS data");
        }
        if (bool(p.includeHistory(), "includeHistory")) {
            throw SdmxFailure.notImplemented("includeHistory", "includeHistory=true (a published result is not revised; "
                    + "a withdrawal is reported by updatedAfter)");
        }
        SdmxPeriods.Interval start = blank(p.startPeriod()) ? null : SdmxPeriods.parse(p.startPeriod(), "startPeriod");
        SdmxPeriods.Interval end = blank(p.endPeriod()) ? null : SdmxPeriods.parse(p.endPeriod(), "endPeriod");
        SdmxPeriods.Interval window = new SdmxPeriods.Interval(start == null ? LocalDate.MIN : start.start(),
                end == null ? LocalDate.MAX : end.end());
        if (window.start().isAfter(window.end())) {
            throw SdmxFailure.semantic("endPeriod", "endPeriod is before startPeriod");
        }
        Integer first = count(p.firstN(), "firstNObservations");
        Integer last = count(p.lastN(), "lastNObservations");
        String atObservation = observationLevel(p.dimensionAtObservation());
        return new SdmxDataQuery(id.substring(5), version, parseKey(key), window, instant(p.updatedAfter()), first, last,
                atObservation, detail(p.detail()));
    }

    /** {@code dimensionAtObservation} checked: TIME_PERIOD (default), AllDimensions or a series dimension. */
    public static String observationLevel(String dimensionAtObservation) {
        String atObservation = blank(dimensionAtObservation) ? TIME_PERIOD : dimensionAtObservation.trim();
        if (!atObservation.equals(TIME_PERIOD) && !atObservation.equals(ALL_DIMENSIONS) && !DIMENSIONS.contains(atObservation)) {
            throw SdmxFailure.semantic("dimensionAtObservation", "dimensionAtObservation must be TIME_PERIOD, "
                    + ALL_DIMENSIONS + " or one of " + DIMENSIONS);
        }
        return atObservation;
    }

    static List<Set<String>> parseKey(String key) {
        if (key == null || key.isEmpty() || key.equals("all")) {
            return List.of(Set.of(), Set.of(), Set.of());
        }
        String[] parts = key.split("\\.", -1);
        if (parts.length != DIMENSIONS.size()) {
            throw SdmxFailure.syntax("key", "the key must have " + DIMENSIONS.size() + " parts separated by '.' ("
                    + String.join(".", DIMENSIONS) + "); leave a part empty for all values");
        }
        return Arrays.stream(parts).map(part -> {
            Set<String> values = Arrays.stream(part.split("\\+", -1)).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
            values.forEach(v -> {
                if (!v.matches(CODE) || v.length() > 64) {
                    throw SdmxFailure.syntax("key", "'" + v + "' is not a code");
                }
            });
            return values;
        }).toList();
    }

    private static Detail detail(String value) {
        if (blank(value)) {
            return Detail.FULL;
        }
        try {
            return Detail.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw SdmxFailure.syntax("detail", "detail must be full, dataonly, serieskeysonly or nodata");
        }
    }

    private static Integer count(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw SdmxFailure.syntax(field, field + " must be a positive integer");
        }
    }

    private static Instant instant(String value) {
        if (blank(value)) {
            return null;
        }
        // a '+' of the zone offset arrives as a space when the client did not percent-encode it
        String v = value.trim().replace(' ', '+');
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            // without a zone (2026-01-01T00:00:00) or as a date (2026-01-01): UTC, as the SDMX guidelines suggest
            try {
                return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException notEither) {
                throw SdmxFailure.syntax("updatedAfter", "updatedAfter must be an ISO 8601 timestamp, e.g. "
                        + "2026-01-01T00:00:00Z, or a date");
            }
        }
    }

    private static boolean bool(String value, String field) {
        if (blank(value)) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw SdmxFailure.syntax(field, field + " must be true or false");
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public boolean matches(int dimension, String value) {
        Set<String> wanted = key.get(dimension);
        return wanted.isEmpty() || wanted.contains(value);
    }

    /** The same query with one dimension's selection dropped (all its values), for availability in mode available. */
    public SdmxDataQuery withoutSelection(String dimension) {
        List<Set<String>> wider = new java.util.ArrayList<>(key);
        wider.set(DIMENSIONS.indexOf(dimension), Set.of());
        return new SdmxDataQuery(framework, version, List.copyOf(wider), window, updatedAfter, firstN, lastN,
                dimensionAtObservation, detail);
    }
}
