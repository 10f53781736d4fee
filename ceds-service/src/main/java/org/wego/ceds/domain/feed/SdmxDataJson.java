package org.wego.ceds.domain.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes SDMX-JSON 1.0 data messages (checked in tests against the official schema): the dimensions at series and
 * observation level as the query's {@code dimensionAtObservation} splits them, each value listed once in the
 * structure and referred to by position; MATURITY_LEVEL as an observation attribute unless {@code detail} drops
 * attributes; a second data set with action Delete for observations withdrawn since {@code updatedAfter}.
 */
public final class SdmxDataJson {

    private static final Map<String, String> NAMES = Map.of("REF_AREA", "Reference area (UN M49)", "CITY", "Member city",
            "MEASURE", "Overall score or criterion", "TIME_PERIOD", "Assessment year");

    private SdmxDataJson() {
    }

    public static Map<String, Object> write(SdmxData data, Instant prepared) {
        List<SdmxData.Obs> all = new ArrayList<>(data.observations());
        all.addAll(data.deleted());
        List<String> seriesDims = data.seriesDimensions();
        List<String> obsDims = seriesDims.isEmpty() ? SdmxData.ALL_DIMENSIONS : List.of(data.observationDimension());
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (String d : SdmxData.ALL_DIMENSIONS) {
            TreeMap<String, String> v = new TreeMap<>();
            all.forEach(o -> v.put(o.value(d), o.label(d)));
            values.put(d, new ArrayList<>(v.keySet()));
            labels.put(d, v);
        }
        boolean attributes = data.query().detail().attributes();
        List<String> levels = new ArrayList<>(new java.util.TreeSet<>(all.stream().map(SdmxData.Obs::level)
                .filter(Objects::nonNull).toList()));

        Map<String, Object> structure = new LinkedHashMap<>();
        structure.put("links", List.of(Map.of("rel", "dataflow", "urn", dataflowUrn(data.structure()))));
        structure.put("name", data.structure().name() + " " + data.structure().version());
        structure.put("dimensions", Map.of(
                "series", positions(seriesDims, values, labels, 0),
                "observation", positions(obsDims, values, labels, seriesDims.size())));
        structure.put("attributes", Map.of("dataSet", List.of(), "series", List.of(), "observation", !attributes ? List.of()
                : List.of(Map.of("id", "MATURITY_LEVEL", "name", "Maturity level (on the SCORE measure only)",
                "relationship", Map.of("primaryMeasure", "OBS_VALUE"),
                "values", levels.stream().map(l -> Map.of("id", l, "name", l)).toList()))));

        List<Object> dataSets = new ArrayList<>();
        dataSets.add(dataSet(data, data.observations(), "Information", seriesDims, obsDims, values, levels, attributes));
        if (!data.deleted().isEmpty()) {
            dataSets.add(dataSet(data, data.deleted(), "Delete", seriesDims, obsDims, values, levels, attributes));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("schema", "https://raw.githubusercontent.com/sdmx-twg/sdmx-json/develop/data-message/tools/schemas/1.0/sdmx-json-data-schema.json");
        meta.putAll(SdmxStructureJson.meta(prepared));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("meta", meta);
        message.put("data", Map.of("structure", structure, "dataSets", dataSets));
        return message;
    }

    static String dataflowUrn(SdmxStructure s) {
        return "urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=" + s.flowRef();
    }

    private static Map<String, Object> dataSet(SdmxData data, List<SdmxData.Obs> observations, String action,
                                               List<String> seriesDims, List<String> obsDims,
                                               Map<String, List<String>> values, List<String> levels, boolean attributes) {
        Map<String, Map<String, Integer>> positions = positionsOf(values);
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("links", List.of(Map.of("rel", "dataflow", "urn", dataflowUrn(data.structure()))));
        set.put("action", action);
        boolean withObservations = data.query().detail().observations();
        if (seriesDims.isEmpty()) {
            Map<String, Object> obs = new LinkedHashMap<>();
            if (withObservations) {
                observations.forEach(o -> obs.put(index(o, obsDims, positions), point(o, levels, attributes)));
            }
            set.put("observations", obs);
            return set;
        }
        Map<String, Object> series = new LinkedHashMap<>();
        for (SdmxData.Series s : data.series(observations)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            if (withObservations) {
                Map<String, Object> obs = new LinkedHashMap<>();
                s.observations().forEach(o -> obs.put(index(o, obsDims, positions), point(o, levels, attributes)));
                entry.put("observations", obs);
            }
            series.put(index(s.observations().get(0), seriesDims, positions), entry);
        }
        set.put("series", series);
        return set;
    }

    private static String index(SdmxData.Obs o, List<String> dims, Map<String, Map<String, Integer>> positions) {
        StringBuilder key = new StringBuilder();
        for (String d : dims) {
            if (key.length() > 0) {
                key.append(':');
            }
            key.append(positions.get(d).get(o.value(d)));
        }
        return key.toString();
    }

    /** Each dimension's value → its position in the structure's value list (a list lookup per observation was O(n²)). */
    private static Map<String, Map<String, Integer>> positionsOf(Map<String, List<String>> values) {
        Map<String, Map<String, Integer>> positions = new LinkedHashMap<>();
        values.forEach((d, list) -> {
            Map<String, Integer> at = new java.util.HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                at.put(list.get(i), i);
            }
            positions.put(d, at);
        });
        return positions;
    }

    private static List<Object> point(SdmxData.Obs o, List<String> levels, boolean attributes) {
        List<Object> p = new ArrayList<>();
        p.add(o.value());
        if (attributes) {
            p.add(o.level() == null ? null : levels.indexOf(o.level()));
        }
        return p;
    }

    private static List<Map<String, Object>> positions(List<String> dims, Map<String, List<String>> values,
                                                       Map<String, Map<String, String>> labels, int offset) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            String d = dims.get(i);
            Map<String, Object> dim = new LinkedHashMap<>();
            dim.put("id", d);
            dim.put("name", NAMES.get(d));
            dim.put("keyPosition", SdmxData.ALL_DIMENSIONS.indexOf(d));
            if (d.equals("TIME_PERIOD")) {
                dim.put("roles", List.of("time"));
                dim.put("values", values.get(d).stream().map(y -> Map.of("id", y, "name", y,
                        "start", y + "-01-01T00:00:00Z", "end", y + "-12-31T23:59:59Z")).toList());
            } else {
                dim.put("values", values.get(d).stream().map(v -> Map.of("id", v, "name", labels.get(d).get(v))).toList());
            }
            out.add(dim);
        }
        return out;
    }
}
