package org.wego.ceds.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.ceds.domain.feed.SdmxDataQuery;
import org.wego.ceds.domain.feed.SdmxDataSchema;
import org.wego.ceds.domain.feed.SdmxFailure;
import org.wego.ceds.domain.feed.SdmxFlows;
import org.wego.ceds.domain.feed.SdmxStructure;
import org.wego.ceds.domain.feed.SdmxStructureJson;
import org.wego.ceds.domain.feed.SdmxStructureQuery;
import org.wego.ceds.domain.feed.SdmxStructureXml;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * SDMX 2.1 REST structure queries: the dataflows behind {@code /sdmx/data}, their data structure definitions,
 * codelists (areas, cities, measures, maturity levels) and concepts, as SDMX-ML 2.1 (default) or SDMX-JSON.
 */
@Path("/api/v1/ceds/sdmx")
@Tag(name = "SDMX feed")
public class SdmxStructureResource {

    static final String STRUCTURE_XML = "application/vnd.sdmx.structure+xml";
    static final String STRUCTURE_JSON = "application/vnd.sdmx.structure+json";

    private final SdmxFlows flows;
    private final Clock clock;

    public SdmxStructureResource(SdmxFlows flows, Clock clock) {
        this.flows = flows;
        this.clock = clock;
    }

    @GET
    @Path("/{resource: dataflow|datastructure}{parts: (/[^/]+){0,3}}")
    @Produces({STRUCTURE_XML, STRUCTURE_JSON, MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON})
    @RolesAllowed({"partner", "wego-admin", "secretariat"})
    @Operation(summary = "SDMX structure query: /dataflow|datastructure/{agencyID}/{resourceID}/{version} "
            + "(each may be 'all', version also 'latest' = the framework's highest version); references=none|parents|"
            + "parentsandsiblings|children|descendants|all|dataflow|datastructure|codelist|conceptscheme; detail=full "
            + "(stub levels 501); "
            + "SDMX-ML 2.1 or SDMX-JSON 1.0 by Accept")
    @APIResponse(responseCode = "200", description = "The structure message")
    @APIResponse(responseCode = "400", description = "Unknown references or detail value")
    @APIResponse(responseCode = "501", description = "detail=allstubs, referencestubs, allcompletestubs, referencecompletestubs or referencepartial")
    @APIResponse(responseCode = "404", description = "No such dataflow or data structure")
    public Response structure(@PathParam("resource") String resource, @PathParam("parts") String path,
                              @QueryParam("references") String references, @QueryParam("detail") String detail,
                              @Context HttpHeaders headers) {
        String[] parts = Arrays.stream(path.split("/")).filter(p -> !p.isEmpty()).toArray(String[]::new);
        SdmxStructureQuery query = SdmxStructureQuery.parse(SdmxStructureQuery.Resource.valueOf(resource.toUpperCase()),
                parts.length > 0 ? parts[0] : null, parts.length > 1 ? parts[1] : null,
                parts.length > 2 ? parts[2] : null, references, detail);
        List<SdmxStructure> structures = flows.structures(query.framework(), query.version());
        if (structures.isEmpty()) {
            throw SdmxFailure.noResults("no CeDS " + resource + " " + String.join(",", parts) + " is published");
        }
        Instant now = Instant.now(clock);
        if (wantsJson(headers)) {
            return Response.ok(SdmxStructureJson.write(structures, query.parts(), now))
                    .type(STRUCTURE_JSON + ";version=1.0").build();
        }
        return Response.ok(SdmxStructureXml.write(structures, query.parts(), now))
                .type(STRUCTURE_XML + ";version=2.1").build();
    }

    @GET
    @Path("/schema/{context: dataflow|datastructure}/{agency}/{id}{version: (/[^/]+)?/?}")
    @Produces({"application/xml", "text/xml"})
    @RolesAllowed({"partner", "wego-admin", "secretariat"})
    @Operation(summary = "SDMX schema query: the XML Schema of structure-specific data for a dataflow or DSD at an "
            + "observation level (dimensionAtObservation: TIME_PERIOD (default), REF_AREA, CITY, MEASURE or "
            + "AllDimensions); it imports the standard's SDMXCommon.xsd and SDMXDataStructureSpecific.xsd by file name")
    @APIResponse(responseCode = "200", description = "The schema")
    @APIResponse(responseCode = "400", description = "Unknown dimensionAtObservation, explicitMeasure=true (no measure "
            + "dimension), or not one structure")
    @APIResponse(responseCode = "404", description = "No such dataflow or data structure")
    public Response schema(@PathParam("context") String context, @PathParam("agency") String agency,
                           @PathParam("id") String id, @PathParam("version") String version,
                           @QueryParam("dimensionAtObservation") String dimensionAtObservation,
                           @QueryParam("explicitMeasure") String explicitMeasure) {
        SdmxDataSchema.Context scope = SdmxDataSchema.Context.valueOf(context.toUpperCase());
        String v = version == null ? "" : version.replaceAll("^/|/$", ""); // a trailing slash is tolerated
        v = v.isEmpty() ? null : v;
        if ("all".equals(agency) || "all".equals(id) || "all".equals(v)) {
            throw SdmxFailure.semantic("version", "a schema describes one structure: name its agency, id and version");
        }
        SdmxStructureQuery query = SdmxStructureQuery.parse(scope == SdmxDataSchema.Context.DATAFLOW
                        ? SdmxStructureQuery.Resource.DATAFLOW : SdmxStructureQuery.Resource.DATASTRUCTURE,
                agency, id, v, null, null);
        if (explicitMeasure != null && !explicitMeasure.equalsIgnoreCase("false")) {
            throw SdmxFailure.semantic("explicitMeasure", "explicitMeasure=true needs a measure dimension; CeDS data "
                    + "structures have one primary measure (OBS_VALUE)");
        }
        String level = SdmxDataQuery.observationLevel(dimensionAtObservation);
        List<SdmxStructure> structures = flows.structures(query.framework(), query.version());
        if (structures.isEmpty()) {
            throw SdmxFailure.noResults("no CeDS " + context + " " + agency + "," + id + (v == null ? "" : "," + v)
                    + " is published");
        }
        return Response.ok(SdmxDataSchema.write(structures.get(0), scope, level)).type("application/xml").build();
    }

    static boolean wantsJson(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .filter(m -> m.getSubtype().endsWith("json") || m.getSubtype().endsWith("xml"))
                .findFirst().map(m -> m.getSubtype().endsWith("json")).orElse(false);
    }
}
