package org.wego.web;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Parses enum query parameters itself: JAX-RS answers a failed query-parameter conversion with 404, which tells a
 * client nothing; a 400 naming the allowed values does.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** An ISO-8601 date parameter ({@code 2016-03-31}), or {@code fallback} when absent. */
    public static java.time.LocalDate dateOr(String value, java.time.LocalDate fallback, String field) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date in the form YYYY-MM-DD");
        }
    }

    /**
     * An ISO-8601 timestamp with zone ({@code 2026-01-01T00:00:00Z}), or null when absent. A '+' offset arrives as a
     * space when a client forgets to encode it; it is put back.
     */
    public static java.time.Instant instantOrNull(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value.trim().replace(' ', '+')).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be an ISO 8601 timestamp with zone, e.g. 2026-01-01T00:00:00Z");
        }
    }

    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw ProblemException.invalidField(field, "must be one of " + allowed);
        }
    }
}
