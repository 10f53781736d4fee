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
import org.wego.ceds.domain.feed.SdmxCsv;
import org.wego.ceds.domain.feed.SdmxData;
import org.wego.ceds.domain.feed.SdmxDataJson;
import org.wego.ceds.domain.feed.SdmxDataQuery;
import org.wego.ceds.domain.feed.SdmxDataXml;
import org.wego.ceds.domain.feed.SdmxFailure;
import org.wego.ceds.domain.feed.SdmxFlows;
import org.wego.ceds.domain.feed.SdmxObservations;
import org.wego.ceds.domain.feed.SdmxStructure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * SDMX 2.1 REST data queries over published CeDS results, for UNDESA, the World Bank and other partners:
 * {@code /data/{flowRef}[/{key}[/{providerRef}]][/]} as the SDMX technical working group's specification defines
 * them (parameters and formats in {@link SdmxDataQuery} and {@link SdmxFormat}), one indexed query per request.
 */
@Path("/api/v1/ceds/sdmx/data")
@Tag(name = "SDMX feed", description = "Published maturity results by city, criterion and year (SDMX-ML 2.1, SDMX-JSON, SDMX-CSV)")
public class SdmxResource {

    /** Larger answers are refused with 413 (SDMX 130): a partner narrows the key or the period, or pages by year. */
    static final int MAX_OBSERVATIONS = 100_000;

    private final SdmxFlows flows;
    private final SdmxObservations observations;
    private final Clock clock;

    public SdmxResource(SdmxFlows flows, SdmxObservations observations, Clock clock) {
        this.flows = flows;
        this.observations = observations;
        this.clock = clock;
    }

    @GET
    @Path("/{flowRef}{rest: (/[^/]*){0,3}}")
    @RolesAllowed({"partner", "wego-admin", "secretariat"})
    @Operation(summary = "SDMX data query: flowRef WEGO,CEDS_<FRAMEWORK>,<framework version>|latest; key "
            + "REF_AREA.CITY.MEASURE ('' = any, '+' = or, 'all'); providerRef all|WEGO; startPeriod/endPeriod (2024, "
            + "2024-03, 2024-Q1, 2024-S1, ...); updatedAfter (updates and, in SDMX-ML/JSON, withdrawals as action Delete); "
            + "firstNObservations, lastNObservations; dimensionAtObservation TIME_PERIOD|REF_AREA|CITY|MEASURE|AllDimensions; "
            + "detail full|dataonly|serieskeysonly|nodata; labels id|both (CSV). Accept: SDMX-ML 2.1 generic or "
            + "structure-specific (default), SDMX-JSON 1.0, SDMX-CSV 1.0")
    @APIResponse(responseCode = "200", description = "The data message")
    @APIResponse(responseCode = "400", description = "Syntax or semantic error in the query (SDMX 140/150)")
    @APIResponse(responseCode = "404", description = "No such dataflow, or no published data matches (SDMX 100)")
    @APIResponse(responseCode = "406", description = "No SDMX data format among the accepted media types")
    @APIResponse(responseCode = "413", description = "More than 100,000 observations: narrow the query (SDMX 130)")
    @APIResponse(responseCode = "501", description = "includeHistory=true (SDMX 501)")
    public Response data(@PathParam("flowRef") String flowRef, @PathParam("rest") String rest,
                         @QueryParam("startPeriod") String startPeriod, @QueryParam("endPeriod") String endPeriod,
                         @QueryParam("updatedAfter") String updatedAfter,
                         @QueryParam("firstNObservations") String firstN, @QueryParam("lastNObservations") String lastN,
                         @QueryParam("dimensionAtObservation") String dimensionAtObservation,
                         @QueryParam("detail") String detail, @QueryParam("includeHistory") String includeHistory,
                         @QueryParam("labels") String labels, @QueryParam("format") String format,
                         @Context HttpHeaders headers) {
        String[] parts = rest == null ? new String[0] : rest.replaceFirst("^/", "").split("/", -1);
        String key = parts.length > 0 ? parts[0] : null;
        String provider = parts.length > 1 ? parts[1] : null;
        SdmxDataQuery query = SdmxDataQuery.parse(flowRef, key, provider, new SdmxDataQuery.Params(startPeriod, endPeriod,
                updatedAfter, firstN, lastN, dimensionAtObservation, detail, includeHistory));
        SdmxFormat out = SdmxFormat.negotiate(headers.getAcceptableMediaTypes(), format);
        boolean bothLabels = labels != null && labels.trim().equalsIgnoreCase("both");
        if (labels != null && !bothLabels && !labels.trim().equalsIgnoreCase("id")) {
            throw SdmxFailure.syntax("labels", "labels must be id or both");
        }
        SdmxStructure structure = flows.structure(query.framework(), query.version(), false);
        List<SdmxData.Obs> found = observations.find(structure.framework(), structure.version(), query, null,
                MAX_OBSERVATIONS + 1);
        if (found.size() > MAX_OBSERVATIONS) {
            throw SdmxFailure.tooLarge("the query matches more than " + MAX_OBSERVATIONS + " observations; narrow the "
                    + "key or the period");
        }
        List<SdmxData.Obs> deleted = query.updatedAfter() == null || out == SdmxFormat.CSV ? List.of()
                : observations.find(structure.framework(), structure.version(), query, query.updatedAfter(), MAX_OBSERVATIONS);
        if (found.isEmpty() && deleted.isEmpty()) {
            throw SdmxFailure.noResults("no published data of " + structure.flowRef() + " matches this query");
        }
        SdmxData data = new SdmxData(structure, query, SdmxData.firstLast(found, query.firstN(), query.lastN()), deleted);
        Instant now = Instant.now(clock);
        return switch (out) {
            case GENERIC -> xml(SdmxDataXml.generic(data, now), out);
            case STRUCTURE_SPECIFIC -> xml(SdmxDataXml.structureSpecific(data, now), out);
            case JSON -> Response.ok(SdmxDataJson.write(data, now)).type(out.contentType).build();
            case CSV -> Response.ok(SdmxCsv.write(data, bothLabels)).type(out.contentType + "; charset=utf-8").build();
        };
    }

    private static Response xml(String message, SdmxFormat format) {
        return Response.ok(message).type(format.contentType + "; charset=utf-8").build();
    }
}
