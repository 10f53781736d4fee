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
