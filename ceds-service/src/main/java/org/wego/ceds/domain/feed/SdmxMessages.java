package org.wego.ceds.domain.feed;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes CeDS observations as SDMX-JSON 1.0 data messages (the JSON of SDMX 2.1 REST, checked in tests against the
 * official schema) and as SDMX-CSV. Series key REF_AREA (UN M49) . CITY . MEASURE (SCORE or a criterion code);
 * observation dimension TIME_PERIOD (the assessment year); observation attribute MATURITY_LEVEL.
 */
public final class SdmxMessages {

    /** One published value: a city's overall score or one criterion score for a year. */
    public record Observation(String refArea, String refAreaName, String city, String cityName, String measure,
                              int year, BigDecimal value, String level) {
    }

    private SdmxMessages() {
    }

    public static Map<String, Object> json(String dataflowId, String dataflowName, List<Observation> observations,
                                           Instant prepared) {
        List<String> areas = new ArrayList<>(new TreeSet<>(observations.stream().map(Observation::refArea).toList()));
        List<String> cities = new ArrayList<>(new TreeSet<>(observations.stream().map(Observation::city).toList()));
        List<String> measures = new ArrayList<>(new TreeSet<>(observations.stream().map(Observation::measure).toList()));
        List<Integer> years = new ArrayList<>(new TreeSet<>(observations.stream().map(Observation::year).toList()));
        List<String> levels = new ArrayList<>(new TreeSet<>(observations.stream().map(Observation::level)
                .filter(java.util.Objects::nonNull).toList()));
        Map<String, String> areaNames = new LinkedHashMap<>();
        Map<String, String> cityNames = new LinkedHashMap<>();
        observations.forEach(o -> {
            areaNames.put(o.refArea(), o.refAreaName());
            cityNames.put(o.city(), o.cityName());
        });

        Map<String, Map<String, Object>> series = new LinkedHashMap<>();
        for (Observation o : observations) {
            String seriesKey = areas.indexOf(o.refArea()) + ":" + cities.indexOf(o.city()) + ":" + measures.indexOf(o.measure());
            @SuppressWarnings("unchecked")
            Map<String, Object> obs = (Map<String, Object>) series
                    .computeIfAbsent(seriesKey, k -> new LinkedHashMap<>(Map.of("observations", new LinkedHashMap<>())))
                    .get("observations");
            List<Object> values = new ArrayList<>();
            values.add(o.value());
            values.add(o.level() == null ? null : levels.indexOf(o.level()));
            obs.put(Integer.toString(years.indexOf(o.year())), values);
        }
        Map<String, Object> structure = new LinkedHashMap<>();
        structure.put("links", List.of(Map.of("rel", "dataflow", "urn",
                "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + SdmxQuery.AGENCY + ":" + dataflowId + "(" + SdmxQuery.VERSION + ")")));
        structure.put("name", dataflowName);
        structure.put("dimensions", Map.of(
                "series", List.of(
                        dimension("REF_AREA", "Reference area (UN M49)", 0, areas, areaNames),
                        dimension("CITY", "Member city", 1, cities, cityNames),
                        dimension("MEASURE", "Overall score or criterion", 2, measures, null)),
                "observation", List.of(timeDimension(years))));
        structure.put("attributes", Map.of("dataSet", List.of(), "series", List.of(), "observation", List.of(
                Map.of("id", "MATURITY_LEVEL", "name", "Maturity level (on the SCORE measure only)",
                        "relationship", Map.of("primaryMeasure", "OBS_VALUE"),
                        "values", levels.stream().map(l -> Map.of("id", l, "name", l)).toList()))));
        Map<String, Object> dataSet = new LinkedHashMap<>();
        dataSet.put("links", List.of(Map.of("rel", "dataflow", "urn",
                "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + SdmxQuery.AGENCY + ":" + dataflowId + "(" + SdmxQuery.VERSION + ")")));
        dataSet.put("action", "Information");
        dataSet.put("series", series);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("schema", "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/develop/data-message/tools/schemas/1.0/sdmx-json-data-schema.json");
        meta.put("id", "IREF" + UUID.randomUUID().toString().replace("-", ""));
        meta.put("test", false);
        meta.put("prepared", prepared.toString());
        meta.put("contentLanguages", List.of("en"));
        meta.put("sender", Map.of("id", SdmxQuery.AGENCY, "name", "World e-Government Organization of Cities and Local Governments"));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("meta", meta);
        message.put("data", Map.of("structure", structure, "dataSets", List.of(dataSet)));
        return message;
    }

    /** SDMX-CSV: one row per observation, the dataflow in the first column. */
    public static String csv(String dataflowId, List<Observation> observations) {
        StringBuilder out = new StringBuilder("DATAFLOW,REF_AREA,CITY,MEASURE,TIME_PERIOD,OBS_VALUE,MATURITY_LEVEL\n");
        String flow = SdmxQuery.AGENCY + ":" + dataflowId + "(" + SdmxQuery.VERSION + ")";
        for (Observation o : observations) {
            out.append(flow).append(',').append(o.refArea()).append(',').append(o.city()).append(',')
                    .append(o.measure()).append(',').append(o.year()).append(',').append(o.value().toPlainString())
                    .append(',').append(o.level() == null ? "" : o.level()).append('\n');
        }
        return out.toString();
    }

    private static Map<String, Object> dimension(String id, String name, int position, List<String> values,
                                                 Map<String, String> names) {
        return Map.of("id", id, "name", name, "keyPosition", position, "values", values.stream()
                .map(v -> Map.of("id", v, "name", names == null ? v : names.getOrDefault(v, v))).toList());
    }

    private static Map<String, Object> timeDimension(List<Integer> years) {
        return Map.of("id", "TIME_PERIOD", "name", "Assessment year", "keyPosition", 3, "roles", List.of("time"),
                "values", years.stream().map(y -> Map.of("id", y.toString(), "name", y.toString(),
                        "start", y + "-01-01T00:00:00Z", "end", y + "-12-31T23:59:59Z")).toList());
    }
}
