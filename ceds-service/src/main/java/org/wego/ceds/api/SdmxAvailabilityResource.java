package org.wego.ceds.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.ceds.domain.feed.SdmxAvailability;
import org.wego.ceds.domain.feed.SdmxAvailabilityJson;
import org.wego.ceds.domain.feed.SdmxAvailabilityXml;
import org.wego.ceds.domain.feed.SdmxData;
import org.wego.ceds.domain.feed.SdmxDataQuery;
import org.wego.ceds.domain.feed.SdmxFailure;
import org.wego.ceds.domain.feed.SdmxFlows;
import org.wego.ceds.domain.feed.SdmxObservations;
import org.wego.ceds.domain.feed.SdmxStructure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * SDMX 2.1 REST availability: {@code /availableconstraint/{flowRef}[/{key}[/{providerRef}[/{componentID}]]]} — which
 * codes of each dimension, and which years, have published data under a data query, as an actual content constraint.
 */
@Path("/api/v1/ceds/sdmx/availableconstraint")
@Tag(name = "SDMX feed")
public class SdmxAvailabilityResource {

    /** What SDMX 2.1 REST allows for availability references; all but none are answered 501. */
    static final List<String> REFERENCES = List.of("none", "all", "datastructure", "conceptscheme", "codelist",
            "dataproviderscheme", "dataflow");

    private final SdmxFlows flows;
    private final SdmxObservations observations;
    private final Clock clock;

    public SdmxAvailabilityResource(SdmxFlows flows, SdmxObservations observations, Clock clock) {
        this.flows = flows;
        this.observations = observations;
        this.clock = clock;
    }

    @GET
    @Path("/{flowRef}{rest: (/[^/]*){0,3}}")
    @RolesAllowed({"partner", "wego-admin", "secretariat"})
    @Operation(summary = "SDMX availability query: the codes per dimension and the time range with published data "
            + "under flowRef/key/providerRef (as for data), restricted to componentID (REF_AREA|CITY|MEASURE|TIME_PERIOD|all); "
            + "startPeriod, endPeriod, updatedAfter; mode exact (what the query selects) or available (per dimension, "
            + "what remains selectable when its own selection is dropped); references none. SDMX-ML 2.1 (default) or "
            + "SDMX-JSON 1.0 structure message with one actual ContentConstraint and the obs_count annotation")
    @APIResponse(responseCode = "200", description = "The content constraint")
    @APIResponse(responseCode = "400", description = "Syntax or semantic error in the query")
    @APIResponse(responseCode = "404", description = "No such dataflow, or no published data under the query")
    @APIResponse(responseCode = "413", description = "The query selects more than 100,000 observations")
    @APIResponse(responseCode = "501", description = "references all, datastructure, conceptscheme, codelist, dataproviderscheme or dataflow")
    public Response availability(@PathParam("flowRef") String flowRef, @PathParam("rest") String rest,
                                 @QueryParam("startPeriod") String startPeriod, @QueryParam("endPeriod") String endPeriod,
                                 @QueryParam("updatedAfter") String updatedAfter, @QueryParam("mode") String mode,
                                 @QueryParam("references") String references, @Context HttpHeaders headers) {
        String[] parts = rest == null ? new String[0] : rest.replaceFirst("^/", "").split("/", -1);
        String key = parts.length > 0 ? parts[0] : null;
        String provider = parts.length > 1 ? parts[1] : null;
        String component = SdmxAvailability.component(parts.length > 2 ? parts[2] : null);
        SdmxAvailability.Mode m = SdmxAvailability.Mode.parse(mode);
        String refs = references == null || references.isBlank() ? "none" : references.trim();
        if (!REFERENCES.contains(refs)) {
            throw SdmxFailure.semantic("references", "references must be one of " + String.join(", ", REFERENCES));
        }
        if (!refs.equals("none")) {
            throw SdmxFailure.notImplemented("references", "availability answers carry the constraint only "
                    + "(references=none); the structures come from the structure queries");
        }
        SdmxDataQuery query = SdmxDataQuery.parse(flowRef, key, provider, new SdmxDataQuery.Params(startPeriod, endPeriod,
                updatedAfter, null, null, null, null, null));
        SdmxStructure structure = flows.structure(query.framework(), query.version(), false);
        List<SdmxData.Obs> matching = find(structure, query);
        if (matching.isEmpty()) {
            throw SdmxFailure.noResults("no published data of " + structure.flowRef() + " matches this query");
        }
        SdmxAvailability availability = SdmxAvailability.of(structure, matching, component,
                m == SdmxAvailability.Mode.EXACT ? null : d -> find(structure, query.withoutSelection(d)));
        Instant now = Instant.now(clock);
        if (SdmxStructureResource.wantsJson(headers)) {
            return Response.ok(SdmxAvailabilityJson.write(availability, now))
                    .type(SdmxStructureResource.STRUCTURE_JSON + ";version=1.0").build();
        }
        return Response.ok(SdmxAvailabilityXml.write(availability, now))
                .type(SdmxStructureResource.STRUCTURE_XML + ";version=2.1").build();
    }

    private List<SdmxData.Obs> find(SdmxStructure structure, SdmxDataQuery query) {
        List<SdmxData.Obs> found = observations.find(structure.framework(), structure.version(), query, null,
                SdmxResource.MAX_OBSERVATIONS + 1);
        if (found.size() > SdmxResource.MAX_OBSERVATIONS) {
            throw SdmxFailure.tooLarge("the query selects more than " + SdmxResource.MAX_OBSERVATIONS
                    + " observations; narrow the key or the period");
        }
        return found;
    }
}
