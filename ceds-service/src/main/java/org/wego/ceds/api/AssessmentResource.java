package org.wego.ceds.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.ceds.domain.MemberCity;
import org.wego.ceds.domain.assessment.Assessment;
import org.wego.ceds.domain.assessment.Benchmarks;
import org.wego.ceds.domain.assessment.AssessmentDesk;
import org.wego.ceds.domain.assessment.DevelopmentPlan;
import org.wego.ceds.domain.framework.Framework;
import org.wego.ceds.domain.framework.FrameworkCatalogue;
import org.wego.ceds.domain.framework.Scoring;
import org.wego.web.IfMatch;
import org.wego.web.CityAccess;
import org.wego.web.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/ceds/assessments")
@Tag(name = "Assessments", description = "A city's self-assessment: answers, score, level, development plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    public record StartRequest(@NotBlank String city, @NotBlank String framework, @NotBlank String version,
                               @NotNull @Min(2000) @Max(2100) Integer year) {
    }

    public record AnswersRequest(@NotNull Map<String, Object> answers) {
    }

    public record AssessmentView(UUID id, String city, String framework, String version, int year,
                                 Assessment.Status status, Map<String, Object> answers, int answered, int total,
                                 Scoring.Result result, Instant createdAt, Instant submittedAt, Instant publishedAt,
                                 Instant withdrawnAt, String withdrawalReason) {
    }

    public record WithdrawRequest(@NotBlank @Size(max = 500) String reason) {
    }

    private final AssessmentDesk desk;
    private final FrameworkCatalogue frameworks;
    private final SecurityIdentity identity;

    public AssessmentResource(AssessmentDesk desk, FrameworkCatalogue frameworks, SecurityIdentity identity) {
        this.desk = desk;
        this.frameworks = frameworks;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "Start an assessment (an official for their own city; staff for any member city)")
    @APIResponse(responseCode = "201", description = "A DRAFT assessment")
    @APIResponse(responseCode = "403", description = "An official of another city")
    @APIResponse(responseCode = "409", description = "The city already has this framework's assessment for the year")
    @APIResponse(responseCode = "422", description = "A city CeDS does not know (yet), or an unpublished framework")
    public Response start(@NotNull @Valid StartRequest request, @Context UriInfo uri) {
        CityAccess.requireActsFor(identity, request.city());
        Assessment a = desk.start(request.city(), request.framework(), request.version(), request.year(),
                identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(a.id.toString()).build()).entity(view(a)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"wego-admin", "secretariat", "city-official", "partner"})
    @Operation(summary = "An assessment; drafts and unpublished results only for staff and the city's officials")
    @APIResponse(responseCode = "403", description = "Not published, and not yours")
    @APIResponse(responseCode = "404", description = "No such assessment")
    public Response get(@PathParam("id") String id) {
        Assessment a = find(id);
        if (a.status != Assessment.Status.PUBLISHED) {
            CityAccess.requireActsFor(identity, a.city);
        }
        return Response.ok(view(a)).tag(String.valueOf(a.version)).build();
    }

    @PUT
    @Path("/{id}/answers")
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "Save answers (partial saves allowed; null removes an answer)")
    @APIResponse(responseCode = "200", description = "The assessment with all answers so far")
    @APIResponse(responseCode = "400", description = "Each unknown code or wrongly typed answer, by code")
    @APIResponse(responseCode = "409", description = "No longer a draft")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    public Response answer(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid AnswersRequest request) {
        forOwnCity(id);
        Assessment a = desk.answer(UUID.fromString(id), IfMatch.optional(ifMatch, "assessment"), request.answers());
        return Response.ok(view(a)).tag(String.valueOf(a.version)).build();
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "Submit: score against the framework version; unanswered indicators count as 0 and are listed")
    @APIResponse(responseCode = "200", description = "SUBMITTED with its result; assessment.submitted is published")
    @APIResponse(responseCode = "409", description = "Already submitted")
    public AssessmentView submit(@PathParam("id") String id) {
        forOwnCity(id);
        return view(desk.submit(UUID.fromString(id)));
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "Publish (the city consents): visible in rankings, benchmarks and feeds")
    @APIResponse(responseCode = "200", description = "PUBLISHED; assessment.published is published")
    @APIResponse(responseCode = "409", description = "Not submitted yet, or already published")
    public AssessmentView publish(@PathParam("id") String id) {
        forOwnCity(id);
        return view(desk.publish(UUID.fromString(id)));
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "Withdraw a published result (the city takes its consent back, or the secretariat retracts an "
            + "error): it leaves rankings and benchmarks, and the SDMX feed reports its observations as deleted")
    @APIResponse(responseCode = "200", description = "WITHDRAWN; assessment.withdrawn is published")
    @APIResponse(responseCode = "403", description = "An official of another city")
    @APIResponse(responseCode = "409", description = "Not published, or already withdrawn")
    public AssessmentView withdraw(@PathParam("id") String id, @NotNull @Valid WithdrawRequest request) {
        forOwnCity(id);
        return view(desk.withdraw(UUID.fromString(id), request.reason().strip()));
    }

    @GET
    @Path("/{id}/plan")
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "The development plan: next band and items needed, gaps per criterion, unmet indicators "
            + "ordered by what moves the city up fastest, phases, progress since the previous assessment of the same framework version")
    public DevelopmentPlan.Plan plan(@PathParam("id") String id) {
        Assessment a = forOwnCity(id);
        Framework framework = frameworks.get(a.frameworkCode, a.frameworkVersion);
        Map<String, Object> answers = desk.answers(a);
        // A draft gets a plan too, from the answers so far: what would the score be, and what is missing.
        Scoring.Result result = a.result != null ? desk.result(a) : Scoring.score(framework, answers);
        // Progress only within one framework version: another version may reword, re-weight or drop indicators, so
        // a comparison across versions would count changed questions as progress or loss.
        Assessment previous = Assessment.<Assessment>find("city = ?1 and frameworkCode = ?2 and frameworkVersion = ?3 "
                        + "and year < ?4 and result is not null order by year desc",
                a.city, a.frameworkCode, a.frameworkVersion, a.year).firstResult();
        DevelopmentPlan.Previous before = previous == null ? null : new DevelopmentPlan.Previous(
                previous.id.toString(), previous.year, desk.result(previous), desk.answers(previous));
        return DevelopmentPlan.of(framework, result, answers, before);
    }

    public record BenchmarkView(UUID assessment, String city, int year, BigDecimal score,
                                Benchmarks.Standing all,
                                Benchmarks.Standing region,
                                Benchmarks.Standing populationClass) {
    }

    @GET
    @Path("/{id}/benchmark")
    @RolesAllowed({"wego-admin", "secretariat", "city-official", "partner"})
    @Operation(summary = "Percentile of the city among published assessments of the same framework version and year: "
            + "all cities, its region, its population class")
    @APIResponse(responseCode = "200", description = "Percentile ranks (lower + half of ties, city included)")
    @APIResponse(responseCode = "409", description = "Not scored yet")
    public BenchmarkView benchmark(@PathParam("id") String id) {
        Assessment a = find(id);
        if (a.status != Assessment.Status.PUBLISHED) {
            CityAccess.requireActsFor(identity, a.city);
        }
        Scoring.Result result = desk.result(a);
        if (result == null) {
            throw ProblemException.conflict("Submit the assessment first: a draft has no score to compare");
        }
        MemberCity self = MemberCity.findById(a.city);
        var classOfSelf = Benchmarks.PopulationClass.of(self.population);
        List<Assessment> published = Assessment.list("frameworkCode = ?1 and frameworkVersion = ?2 "
                + "and year = ?3 and status = ?4 and id <> ?5", a.frameworkCode, a.frameworkVersion, a.year,
                Assessment.Status.PUBLISHED, a.id);
        List<BigDecimal> all = new ArrayList<>(List.of(result.score()));
        List<BigDecimal> region = new ArrayList<>(all);
        List<BigDecimal> sameClass = new ArrayList<>(all);
        for (Assessment peer : published) {
            BigDecimal score = desk.result(peer).score();
            MemberCity city = MemberCity.findById(peer.city);
            all.add(score);
            if (city.region.equals(self.region)) {
                region.add(score);
            }
            if (classOfSelf != null && classOfSelf == Benchmarks.PopulationClass.of(city.population)) {
                sameClass.add(score);
            }
        }
        return new BenchmarkView(a.id, a.city, a.year, result.score(),
                Benchmarks.standing("ALL", result.score(), all),
                Benchmarks.standing(self.region, result.score(), region),
                classOfSelf == null ? null
                        : Benchmarks.standing(classOfSelf.name(), result.score(), sameClass));
    }

    private AssessmentView view(Assessment a) {
        Map<String, Object> answers = desk.answers(a);
        int total = frameworks.get(a.frameworkCode, a.frameworkVersion).indicators().size();
        return new AssessmentView(a.id, a.city, a.frameworkCode, a.frameworkVersion, a.year, a.status, answers,
                answers.size(), total, desk.result(a), a.createdAt, a.submittedAt, a.publishedAt, a.withdrawnAt,
                a.withdrawalReason);
    }

    /** The assessment, if the caller is staff or an official of its city (403 otherwise). */
    private Assessment forOwnCity(String id) {
        Assessment a = find(id);
        CityAccess.requireActsFor(identity, a.city);
        return a;
    }

    private static Assessment find(String id) {
        Assessment a;
        try {
            a = Assessment.findById(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            a = null;
        }
        if (a == null) {
            throw ProblemException.notFound("Assessment " + id);
        }
        return a;
    }
}
