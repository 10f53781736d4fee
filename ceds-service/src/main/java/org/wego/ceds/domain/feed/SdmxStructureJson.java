package org.wego.ceds.domain.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes SDMX-JSON structure messages (version 1.0, {@code application/vnd.sdmx.structure+json}): the same artefacts
 * as {@link SdmxStructureXml}, with references written as URNs the way the SDMX-JSON structure format does.
 */
public final class SdmxStructureJson {

    private SdmxStructureJson() {
    }

    public static Map<String, Object> write(List<SdmxStructure> structures, SdmxStructureQuery.Parts parts,
                                            Instant prepared) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (parts.dataflows()) {
            data.put("dataflows", structures.stream().map(SdmxStructureJson::dataflow).toList());
        }
        if (parts.dataStructures()) {
            data.put("dataStructures", structures.stream().map(SdmxStructureJson::dataStructure).toList());
        }
        if (parts.codelists()) {
            data.put("codelists", SdmxStructureQuery.distinctCodelists(structures).stream()
                    .map(SdmxStructureJson::codelist).toList());
            Map<String, Object> scheme = maintainable(SdmxStructure.CONCEPT_SCHEME, SdmxStructure.SHARED_VERSION,
                    "conceptscheme.ConceptScheme", "CeDS concepts");
            scheme.put("concepts", SdmxStructure.CONCEPT_ORDER.stream().map(id -> item(id, SdmxStructure.CONCEPTS.get(id))).toList());
            data.put("conceptSchemes", List.of(scheme));
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("meta", meta(prepared));
        message.put("data", data);
        return message;
    }

    /** The {@code meta} of every SDMX-JSON message this service writes: a fresh id, the time, WeGO as sender. */
    static Map<String, Object> meta(Instant prepared) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("id", "IREF" + UUID.randomUUID().toString().replace("-", ""));
        meta.put("test", false);
        meta.put("prepared", prepared.toString());
        meta.put("contentLanguages", List.of("en"));
        meta.put("sender", Map.of("id", SdmxStructure.AGENCY, "name", "World e-Government Organization of Cities and Local Governments"));
        return meta;
    }

    private static Map<String, Object> dataflow(SdmxStructure s) {
        Map<String, Object> flow = maintainable(s.dataflowId(), s.version(), "datastructure.Dataflow", s.name());
        flow.put("description", s.description());
        flow.put("descriptions", Map.of("en", s.description()));
        flow.put("structure", SdmxStructure.urn("datastructure.DataStructure", s.dataflowId(), s.version()));
        return flow;
    }

    private static Map<String, Object> dataStructure(SdmxStructure s) {
        List<Map<String, Object>> dimensions = new ArrayList<>();
        for (SdmxStructure.Component d : s.dimensions()) {
            Map<String, Object> dim = component(d.id());
            dim.put("position", d.position());
            dim.put("localRepresentation", Map.of("enumeration", s.codelistOf(d).urn()));
            dimensions.add(dim);
        }
        Map<String, Object> time = component("TIME_PERIOD");
        time.put("position", s.dimensions().size() + 1);
        time.put("localRepresentation", Map.of("textFormat", Map.of("textType", "ObservationalTimePeriod")));
        Map<String, Object> level = component("MATURITY_LEVEL");
        level.put("assignmentStatus", "Conditional");
        level.put("attributeRelationship", Map.of("primaryMeasure", "OBS_VALUE"));
        level.put("localRepresentation", Map.of("enumeration", s.codelist(s.levelCodelistId()).urn()));
        Map<String, Object> measure = component("OBS_VALUE");
        measure.put("localRepresentation", Map.of("textFormat", Map.of("textType", "Decimal")));

        Map<String, Object> dsd = maintainable(s.dataflowId(), s.version(), "datastructure.DataStructure",
                s.name() + " results");
        dsd.put("dataStructureComponents", Map.of(
                "dimensionList", Map.of("id", "DimensionDescriptor", "dimensions", dimensions, "timeDimensions", List.of(time)),
                "attributeList", Map.of("id", "AttributeDescriptor", "attributes", List.of(level)),
                "measureList", Map.of("id", "MeasureDescriptor", "primaryMeasure", measure)));
        return dsd;
    }

    private static Map<String, Object> codelist(SdmxStructure.Codelist c) {
        Map<String, Object> list = maintainable(c.id(), c.version(), "codelist.Codelist", c.name());
        list.put("codes", c.codes().stream().map(code -> item(code.id(), code.name())).toList());
        return list;
    }

    private static Map<String, Object> component(String id) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        c.put("conceptIdentity", "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=" + SdmxStructure.AGENCY + ":"
                + SdmxStructure.CONCEPT_SCHEME + "(" + SdmxStructure.SHARED_VERSION + ")." + id);
        return c;
    }

    private static Map<String, Object> maintainable(String id, String version, String urnClass, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("urn", SdmxStructure.urn(urnClass, id, version));
        m.put("agencyID", SdmxStructure.AGENCY);
        m.put("version", version);
        m.put("isFinal", false);
        m.put("name", name);
        m.put("names", Map.of("en", name));
        return m;
    }

    private static Map<String, Object> item(String id, String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("name", name);
        m.put("names", Map.of("en", name));
        return m;
    }
}
