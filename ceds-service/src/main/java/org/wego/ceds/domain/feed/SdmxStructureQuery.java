package org.wego.ceds.domain.feed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An SDMX 2.1 REST structure query: {@code /dataflow|datastructure/{agencyID}/{resourceID}/{version}} where each part
 * may be {@code all} (version also {@code latest}), {@code references} saying which related artefacts come along
 * (none, parents, parentsandsiblings, children, descendants, all, or an artefact type: dataflow, datastructure,
 * codelist, conceptscheme) and {@code detail} (full; the stub levels the standard defines are answered 501).
 */
public record SdmxStructureQuery(String framework, String version, Parts parts) {

    /** Which artefact kinds a structure message carries. */
    public record Parts(boolean dataflows, boolean dataStructures, boolean codelists) {
    }

    public enum Resource { DATAFLOW, DATASTRUCTURE }

    private static final List<String> REFERENCES = List.of("none", "parents", "parentsandsiblings", "children",
            "descendants", "all", "dataflow", "datastructure", "codelist", "conceptscheme");
    private static final List<String> STUBS = List.of("allstubs", "referencestubs", "allcompletestubs",
            "referencecompletestubs", "referencepartial");

    /** @return the query; {@code framework} is null when every CeDS dataflow is asked for */
    public static SdmxStructureQuery parse(Resource resource, String agency, String resourceId, String version,
                                           String references, String detail) {
        String level = detail == null || detail.isBlank() ? "full" : detail.trim().toLowerCase();
        if (STUBS.contains(level)) {
            throw SdmxFailure.notImplemented("detail", "detail=" + level + ": CeDS structures are small, every answer "
                    + "is detail=full");
        }
        if (!level.equals("full")) {
            throw SdmxFailure.semantic("detail", "detail must be full or one of " + String.join(", ", STUBS));
        }
        String refs = references == null || references.isBlank() ? "none" : references.trim().toLowerCase();
        if (!REFERENCES.contains(refs)) {
            throw SdmxFailure.semantic("references", "references must be one of " + String.join(", ", REFERENCES)
                    + " (codelists and concepts come with children, descendants or all)");
        }
        boolean known = (agency == null || agency.equals("all") || agency.equals(SdmxStructure.AGENCY))
                && (resourceId == null || resourceId.equals("all") || (resourceId.startsWith("CEDS_") && resourceId.length() > 5))
                && (version == null || version.matches("all|latest|[0-9]+(\\.[0-9]+)*"));
        if (!known) {
            throw SdmxFailure.noResults("no " + resource.name().toLowerCase() + " " + agency + "," + resourceId + ","
                    + version + "; CeDS structures are WEGO,CEDS_<FRAMEWORK>,<framework version> (e.g. WEGO,CEDS_LOSI,2022)");
        }
        String framework = resourceId == null || resourceId.equals("all") ? null : resourceId.substring(5);
        boolean down = refs.equals("children") || refs.equals("descendants") || refs.equals("all");
        boolean up = refs.startsWith("parents") || refs.equals("all");
        boolean flow = resource == Resource.DATAFLOW;
        Parts parts = switch (refs) {
            case "dataflow" -> new Parts(true, !flow, false);
            case "datastructure" -> new Parts(flow, true, false);
            case "codelist", "conceptscheme" -> new Parts(flow, !flow, true);
            // a dataflow's child is its DSD; the DSD's children are its codelists and concepts
            default -> flow ? new Parts(true, down, refs.equals("descendants") || refs.equals("all"))
                    : new Parts(up, true, down);
        };
        return new SdmxStructureQuery(framework, version == null ? "latest" : version, parts);
    }

    /** The codelists of several structures, each once (area and city codelists are shared). */
    public static List<SdmxStructure.Codelist> distinctCodelists(List<SdmxStructure> structures) {
        Map<String, SdmxStructure.Codelist> byId = new LinkedHashMap<>();
        structures.forEach(s -> s.codelists().forEach(c -> byId.putIfAbsent(c.id() + "(" + c.version() + ")", c)));
        return List.copyOf(byId.values());
    }
}
