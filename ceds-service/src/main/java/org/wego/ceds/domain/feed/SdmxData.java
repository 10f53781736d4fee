package org.wego.ceds.domain.feed;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to one data query, before it is written in a format: the observations (and, for {@code updatedAfter},
 * those withdrawn since, which go out as a dataset with action Delete), grouped into series by every dimension but
 * the one at the observation level.
 */
public record SdmxData(SdmxStructure structure, SdmxDataQuery query, List<Obs> observations, List<Obs> deleted) {

    public static final List<String> ALL_DIMENSIONS = List.of("REF_AREA", "CITY", "MEASURE", "TIME_PERIOD");

    /** One published value: a city's overall score or one criterion score for a year. */
    public record Obs(String refArea, String refAreaName, String city, String cityName, String measure, int year,
                      BigDecimal value, String level) {

        public String value(String dimension) {
            return switch (dimension) {
                case "REF_AREA" -> refArea;
                case "CITY" -> city;
                case "MEASURE" -> measure;
                case "TIME_PERIOD" -> Integer.toString(year);
                default -> throw new IllegalArgumentException(dimension);
            };
        }

        public String label(String dimension) {
            return switch (dimension) {
                case "REF_AREA" -> refAreaName;
                case "CITY" -> cityName;
                default -> value(dimension);
            };
        }
    }

    /** A series: the values of its key dimensions, in DSD order, and its observations in order. */
    public record Series(Map<String, String> key, List<Obs> observations) {
    }

    /** The dimensions of the series key: every dimension but the one at the observation level. */
    public List<String> seriesDimensions() {
        String at = query.dimensionAtObservation();
        return at.equals(SdmxDataQuery.ALL_DIMENSIONS) ? List.of()
                : ALL_DIMENSIONS.stream().filter(d -> !d.equals(at)).toList();
    }

    public String observationDimension() {
        return query.dimensionAtObservation();
    }

    public List<Series> series(List<Obs> observations) {
        List<String> dims = seriesDimensions();
        Map<List<String>, Series> grouped = new LinkedHashMap<>();
        for (Obs o : observations) {
            List<String> key = dims.stream().map(o::value).toList();
            grouped.computeIfAbsent(key, k -> {
                Map<String, String> values = new LinkedHashMap<>();
                dims.forEach(d -> values.put(d, o.value(d)));
                return new Series(values, new ArrayList<>());
            }).observations().add(o);
        }
        return List.copyOf(grouped.values());
    }

    /**
     * firstNObservations / lastNObservations: per time series (REF_AREA, CITY, MEASURE), oldest first, whatever
     * dimension is at the observation level. {@code observations} must be ordered by series, then year.
     */
    public static List<Obs> firstLast(List<Obs> observations, Integer first, Integer last) {
        if (first == null && last == null) {
            return observations;
        }
        Map<List<String>, List<Obs>> bySeries = new LinkedHashMap<>();
        observations.forEach(o -> bySeries.computeIfAbsent(List.of(o.refArea(), o.city(), o.measure()),
                k -> new ArrayList<>()).add(o));
        List<Obs> out = new ArrayList<>();
        for (List<Obs> s : bySeries.values()) {
            List<Obs> head = first == null ? List.of() : s.subList(0, Math.min(first, s.size()));
            List<Obs> tail = last == null ? List.of() : s.subList(Math.max(0, s.size() - last), s.size());
            if (first == null) {
                out.addAll(tail);
            } else if (last == null) {
                out.addAll(head);
            } else {
                // both: the first N and the last M, each observation once
                java.util.LinkedHashSet<Obs> both = new java.util.LinkedHashSet<>(head);
                both.addAll(tail);
                out.addAll(both);
            }
        }
        return out;
    }
}
