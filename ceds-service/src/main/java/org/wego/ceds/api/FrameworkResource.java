package org.wego.ceds.api;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.ceds.domain.assessment.Assessment;
import org.wego.ceds.domain.assessment.AssessmentDesk;
import org.wego.ceds.domain.framework.CompetitionRanks;
import org.wego.ceds.domain.framework.Framework;
import org.wego.ceds.domain.framework.FrameworkCatalogue;
import org.wego.ceds.domain.framework.PublishedFramework;
import org.wego.ceds.domain.framework.Scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/ceds/frameworks")
@Tag(name = "Frameworks", description = "Versioned diagnostic frameworks (indicator banks, weights, bands)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrameworkResource {

    public record Summary(String code, String version, String name, String aggregation, int indicators,
                          String publishedBy, Instant publishedAt) {
        static Summary of(PublishedFramework f) {
            return new Summary(f.code, f.version, f.name, f.aggregation, f.indicatorCount, f.publishedBy, f.publishedAt);
        }
    }

    private final FrameworkCatalogue catalogue;
    private final AssessmentDesk desk;
    private final SecurityIdentity identity;

    public FrameworkResource(FrameworkCatalogue catalogue, AssessmentDesk desk, SecurityIdentity identity) {
        this.catalogue = catalogue;
        this.desk = desk;
        this.identity = identity;
    }

    @POST
    @RolesAllowed("wego-admin")
    @Operation(summary = "Publish a framework version (immutable once published; a change is a new version)")
    @APIResponse(responseCode = "201", description = "Published")
    @APIResponse(responseCode = "400", description = "Invalid framework: each problem named (duplicate codes, weights, bands ...)")
    @APIResponse(responseCode = "409", description = "This code and version exist")
    public Response publish(@NotNull Framework framework, @Context UriInfo uri) {
        PublishedFramework published = catalogue.publish(framework, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(published.code).path(published.version).build())
                .entity(catalogue.get(published.code, published.version)).build();
    }

    @GET
    @RolesAllowed({"wego-admin", "secretariat", "city-official", "partner"})
    @Operation(summary = "Published framework versions")
    public List<Summary> list() {
        return PublishedFramework.<PublishedFramework>listAll(Sort.by("code").and("version")).stream()
                .map(Summary::of).toList();
    }

    public record RankingEntry(String city, int year, BigDecimal score, String level, int rank) {
    }

    @GET
    @Path("/{code}/{version}/ranking")
    @RolesAllowed({"wego-admin", "secretariat", "city-official", "partner"})
    @Operation(summary = "Published assessments ranked by score; competition ranks (ties share a rank, the next skips). "
            + "For one year, or without year each city once by its latest published result")
    @APIResponse(responseCode = "200", description = "The ranking")
    @APIResponse(responseCode = "404", description = "No such framework version")
    public List<RankingEntry> ranking(@PathParam("code") String code, @PathParam("version") String version,
                                      @QueryParam("year") Integer year) {
        catalogue.get(code, version); // 404 for an unknown framework rather than an empty list
        Parameters params = Parameters.with("code", code).and("version", version)
                .and("status", Assessment.Status.PUBLISHED);
        String query = "frameworkCode = :code and frameworkVersion = :version and status = :status";
        if (year != null) {
            query += " and year = :year";
            params.and("year", year);
        }
        List<Assessment> published = Assessment.<Assessment>list(query + " order by year desc", params);
        if (year == null) {
            // Across years each city stands once, by its latest published result: a city ranked twice would push
            // others down for having assessed itself more often.
            Map<String, Assessment> latest = new LinkedHashMap<>();
            published.forEach(a -> latest.putIfAbsent(a.city, a));
            published = List.copyOf(latest.values());
        }
        List<RankingEntry> unranked = published.stream().map(a -> {
            Scoring.Result result = desk.result(a);
            return new RankingEntry(a.city, a.year, result.score(), result.level(), 0);
        }).sorted(Comparator.comparing(RankingEntry::score).reversed().thenComparing(RankingEntry::city)).toList();
        return CompetitionRanks.assign(unranked, RankingEntry::score,
                (e, rank) -> new RankingEntry(e.city(), e.year(), e.score(), e.level(), rank));
    }

    @GET
    @Path("/{code}/{version}")
    @RolesAllowed({"wego-admin", "secretariat", "city-official", "partner"})
    @Operation(summary = "One framework version in full")
    @APIResponse(responseCode = "404", description = "No such framework version")
    public Framework get(@PathParam("code") String code, @PathParam("version") String version) {
        return catalogue.get(code, version);
    }
}
