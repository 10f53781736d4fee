package org.wego.ceds.domain.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The availability answer as an SDMX-JSON 1.0 structure message with one content constraint. */
public final class SdmxAvailabilityJson {

    private SdmxAvailabilityJson() {
    }

    public static Map<String, Object> write(SdmxAvailability a, Instant prepared) {
        SdmxStructure s = a.structure();
        Map<String, Object> constraint = new LinkedHashMap<>();
        constraint.put("id", a.constraintId());
        constraint.put("version", s.version());
        constraint.put("agencyID", SdmxStructure.AGENCY);
        constraint.put("isExternalReference", false);
        constraint.put("isFinal", false);
        constraint.put("urn", SdmxStructure.urn("registry.ContentConstraint", a.constraintId(), s.version()));
        constraint.put("name", "Availability of " + s.name());
        constraint.put("names", Map.of("en", "Availability of " + s.name()));
        constraint.put("type", "Actual");
        constraint.put("annotations", List.of(Map.of("id", "obs_count", "title", Long.toString(a.observations()),
                "type", "sdmx_metrics")));
        constraint.put("constraintAttachment", Map.of("dataflows",
                List.of(SdmxStructure.urn("datastructure.Dataflow", s.dataflowId(), s.version()))));
        List<Map<String, Object>> keyValues = new ArrayList<>();
        a.values().forEach((id, values) -> {
            if (!values.isEmpty()) {
                keyValues.add(Map.of("id", id, "values", values));
            }
        });
        if (a.fromYear() != null) {
            keyValues.add(Map.of("id", SdmxDataQuery.TIME_PERIOD, "timeRange", Map.of(
                    "startPeriod", Map.of("period", Integer.toString(a.fromYear()), "isInclusive", true),
                    "endPeriod", Map.of("period", Integer.toString(a.toYear()), "isInclusive", true))));
        }
        constraint.put("cubeRegions", List.of(Map.of("isIncluded", true, "keyValues", keyValues)));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("meta", SdmxStructureJson.meta(prepared));
        message.put("data", Map.of("contentConstraints", List.of(constraint)));
        return message;
    }
}
