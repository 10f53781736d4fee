package org.wego.ceds.domain.feed;

import org.wego.web.ProblemException;
import org.wego.web.QueryParams;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An SDMX 2.1 REST data query for a CeDS dataflow: {@code flowRef} = {@code [WEGO,]CEDS_<FRAMEWORK>[,1.0]},
 * {@code key} = {@code REF_AREA.CITY.MEASURE} where an empty part is a wildcard and {@code +} means OR
 * ({@code all} or an empty key = everything), periods as years, {@code updatedAfter} as a timestamp.
 */
public record SdmxQuery(String framework, List<Set<String>> key, Integer startYear, Integer endYear,
                        Instant updatedAfter) {

    public static final String AGENCY = "WEGO";
    public static final String VERSION = "1.0";
    public static final List<String> DIMENSIONS = List.of("REF_AREA", "CITY", "MEASURE");

    public static SdmxQuery parse(String flowRef, String key, String startPeriod, String endPeriod, String updatedAfter) {
        String[] parts = flowRef.split(",", -1);
        String agency = parts.length >= 2 ? parts[0] : AGENCY;
        String id = parts.length >= 2 ? parts[1] : parts[0];
        String version = parts.length >= 3 ? parts[2] : "latest";
        if (parts.length > 3 || !(agency.equals(AGENCY) || agency.equals("all"))
                || !id.startsWith("CEDS_") || id.length() == 5
                || !(version.equals(VERSION) || version.equals("latest") || version.equals("all"))) {
            throw new ProblemException(404, "no-such-dataflow", "Dataflow not found", "No dataflow " + flowRef
                    + "; CeDS dataflows are WEGO,CEDS_<FRAMEWORK>," + VERSION + " (e.g. WEGO,CEDS_LOSI,1.0)");
        }
        return new SdmxQuery(id.substring(5), parseKey(key), year(startPeriod, "startPeriod"),
                year(endPeriod, "endPeriod"), QueryParams.instantOrNull(updatedAfter, "updatedAfter"));
    }

    private static List<Set<String>> parseKey(String key) {
        if (key == null || key.isEmpty() || key.equals("all")) {
            return List.of(Set.of(), Set.of(), Set.of());
        }
        String[] parts = key.split("\\.", -1);
        if (parts.length != DIMENSIONS.size()) {
            throw ProblemException.invalidField("key", "must have " + DIMENSIONS.size() + " parts separated by '.' ("
                    + String.join(".", DIMENSIONS) + "); leave a part empty for all values");
        }
        return Arrays.stream(parts).map(p -> p.isEmpty() ? Set.<String>of()
                : Arrays.stream(p.split("\\+")).filter(v -> !v.isEmpty()).collect(Collectors.toSet())).toList();
    }

    private static Integer year(String period, String field) {
        if (period == null || period.isBlank()) {
            return null;
        }
        if (!period.matches("\\d{4}(-.*)?")) {
            throw ProblemException.invalidField(field, "must be a year (2026) or an ISO date (2026-01-01)");
        }
        return Integer.parseInt(period.substring(0, 4));
    }

    public boolean matches(int dimension, String value) {
        Set<String> wanted = key.get(dimension);
        return wanted.isEmpty() || wanted.contains(value);
    }

    public boolean inPeriod(int year) {
        return (startYear == null || year >= startYear) && (endYear == null || year <= endYear);
    }
}
