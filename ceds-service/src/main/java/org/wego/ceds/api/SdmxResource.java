package org.wego.ceds.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.ceds.domain.MemberCity;
import org.wego.ceds.domain.assessment.Assessment;
import org.wego.ceds.domain.assessment.AssessmentDesk;
import org.wego.ceds.domain.feed.SdmxMessages;
import org.wego.ceds.domain.feed.SdmxQuery;
import org.wego.ceds.domain.feed.SdmxStructure;
import org.wego.ceds.domain.framework.PublishedFramework;
import org.wego.ceds.domain.framework.Scoring;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** SDMX 2.1 REST data queries over published CeDS results, for UNDESA, the World Bank and other partners. */
@Path("/api/v1/ceds/sdmx/data")
@Tag(name = "SDMX feed", description = "Published maturity results by city, criterion and year (SDMX-JSON, SDMX-CSV)")
public class SdmxResource {

    static final String SDMX_JSON = "application/vnd.sdmx.data+json";
    static final String SDMX_CSV = "application/vnd.sdmx.data+csv";

    private final AssessmentDesk desk;
    private final Clock clock;

    public SdmxResource(AssessmentDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @GET
    @Path("/{flowRef}")
    @Produces({SDMX_JSON, SDMX_CSV, MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({"partner", "wego-admin", "secretariat"})
    @Operation(summary = "All data of a dataflow (same as key 'all')")
    public Response all(@PathParam("flowRef") String flowRef, @QueryParam("startPeriod") String startPeriod,
                        @QueryParam("endPeriod") String endPeriod, @QueryParam("updatedAfter") String updatedAfter,
                        @jakarta.ws.rs.core.Context HttpHeaders headers) {
        return data(flowRef, "all", startPeriod, endPeriod, updatedAfter, headers);
    }

    @GET
    @Path("/{flowRef}/{key}")
    @Produces({SDMX_JSON, SDMX_CSV, MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({"partner", "wego-admin", "secretariat"})
    @Operation(summary = "SDMX data query: flowRef WEGO,CEDS_<FRAMEWORK>,1.0; key REF_AREA.CITY.MEASURE ('' = all, "
            + "'+' = or); startPeriod/endPeriod years; updatedAfter; SDMX-JSON 1.0 or SDMX-CSV by Accept")
    @APIResponse(responseCode = "200", description = "The data message")
    @APIResponse(responseCode = "400", description = "Malformed key or period")
    @APIResponse(responseCode = "404", description = "Unknown dataflow, or no published data matches")
    public Response data(@PathParam("flowRef") String flowRef, @PathParam("key") String key,
                         @QueryParam("startPeriod") String startPeriod, @QueryParam("endPeriod") String endPeriod,
                         @QueryParam("updatedAfter") String updatedAfter,
                         @jakarta.ws.rs.core.Context HttpHeaders headers) {
        SdmxQuery query = SdmxQuery.parse(flowRef, key, startPeriod, endPeriod, updatedAfter);
        PublishedFramework framework = PublishedFramework.<PublishedFramework>find("code = ?1 order by publishedAt desc", query.framework()).firstResult();
        if (framework == null) {
            throw new ProblemException(404, "no-such-dataflow", "Dataflow not found",
                    "No CeDS framework " + query.framework() + " is published");
        }
        List<SdmxMessages.Observation> observations = observations(query);
        if (observations.isEmpty()) {
            throw new ProblemException(404, "no-results", "No results found",
                    "No published data matches this query (SDMX NoResultsFound)");
        }
        String dataflowId = "CEDS_" + query.framework();
        boolean csv = headers.getAcceptableMediaTypes().stream().findFirst()
                .map(m -> m.getSubtype().endsWith("csv")).orElse(false);
        if (csv) {
            return Response.ok(SdmxMessages.csv(dataflowId, observations))
                    .type(SDMX_CSV + ";version=1.0.0; charset=utf-8").build();
        }
        return Response.ok(SdmxMessages.json(dataflowId, framework.name, observations, Instant.now(clock)))
                .type(SDMX_JSON + ";version=1.0").build();
    }

    private List<SdmxMessages.Observation> observations(SdmxQuery query) {
        List<Assessment> published = Assessment.list("frameworkCode = ?1 and status = ?2 order by city, year",
                query.framework(), Assessment.Status.PUBLISHED);
        List<SdmxMessages.Observation> out = new ArrayList<>();
        for (Assessment a : published) {
            if (!query.inPeriod(a.year) || (query.updatedAfter() != null && !a.publishedAt.isAfter(query.updatedAfter()))) {
                continue;
            }
            MemberCity city = MemberCity.findById(a.city);
            SdmxStructure.City area = SdmxStructure.City.of(city.code, city.name, city.country);
            if (!query.matches(0, area.areaCode()) || !query.matches(1, a.city)) {
                continue;
            }
            Scoring.Result result = desk.result(a);
            if (query.matches(2, "SCORE")) {
                out.add(new SdmxMessages.Observation(area.areaCode(), area.areaName(), a.city, city.name, "SCORE", a.year, result.score(),
                        result.level()));
            }
            for (Scoring.CriterionResult c : result.criteria()) {
                if (query.matches(2, c.code())) {
                    out.add(new SdmxMessages.Observation(area.areaCode(), area.areaName(), a.city, city.name, c.code(), a.year, c.score(), null));
                }
            }
        }
        out.sort(Comparator.comparing(SdmxMessages.Observation::city).thenComparing(SdmxMessages.Observation::measure)
                .thenComparing(SdmxMessages.Observation::year));
        return out;
    }
}
