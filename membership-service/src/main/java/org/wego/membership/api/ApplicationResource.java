package org.wego.membership.api;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.wego.membership.domain.ApplicationDesk;
import org.wego.membership.domain.ApplicationStatus;
import org.wego.membership.domain.ApplicationWorkflow;
import org.wego.membership.domain.MembershipApplication;
import org.wego.web.PageResponse;
import org.wego.web.ProblemException;
import org.wego.web.QueryParams;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/membership/applications")
@Tag(name = "Applications", description = "Joining WeGO: apply, secretariat review, executive decision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    public enum ReviewAction { REQUEST_INFO, INFO_RECEIVED, RECOMMEND }

    public enum Decision { APPROVE, REJECT }

    public record ReviewRequest(@NotNull ReviewAction action, @Size(max = 2000) String comment) {
    }

    public record DecisionRequest(@NotNull Decision decision, @Size(max = 2000) String reason, LocalDate joinedOn) {
    }

    private final ApplicationDesk desk;
    private final SecurityIdentity identity;

    public ApplicationResource(ApplicationDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    @POST
    @PermitAll
    @Operation(summary = "Apply to join WeGO (public; a signed-in official or staff member is recorded as submitter)")
    @APIResponse(responseCode = "201", description = "Submitted; application.submitted is published. The body's "
            + "followUp holds the applicant's token for following the application (shown only here)")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "409", description = "Already a member, or an application for this code is open")
    public Response submit(@NotNull @Valid ApplicationRequest request, @Context UriInfo uri) {
        String submitter = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        ApplicationDesk.Submitted submitted = desk.submit(request.toApplication(), submitter);
        MembershipApplication application = submitted.application();
        java.net.URI followUp = uri.getAbsolutePathBuilder().path(application.id.toString()).path("follow-up").build();
        return Response.created(uri.getAbsolutePathBuilder().path(application.id.toString()).build())
                .link(followUp, "status")
                .entity(ApplicationView.submitted(application,
                        new ApplicationView.FollowUp(submitted.followUpToken(), followUp))).build();
    }

    @GET
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Applications, oldest first, optionally by status")
    @APIResponse(responseCode = "200", description = "A page of applications")
    public Response list(@QueryParam("status") String status,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size,
                         @Context UriInfo uri) {
        ApplicationStatus filter = QueryParams.enumOrNull(ApplicationStatus.class, status, "status");
        Sort order = Sort.by("submittedAt").and("id");
        var query = filter == null ? MembershipApplication.<MembershipApplication>findAll(order)
                : MembershipApplication.<MembershipApplication>find("status", order, filter);
        return new PageResponse<>(query.page(Page.of(page, size)).list().stream()
                .map(a -> ApplicationView.of(a, false)).toList(), page, size, query.count()).toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "One application with its full audit trail")
    @APIResponse(responseCode = "200", description = "The application")
    @APIResponse(responseCode = "404", description = "No such application")
    public ApplicationView get(@PathParam("id") String id) {
        MembershipApplication application = MembershipApplication.findById(parse(id));
        if (application == null) {
            throw ProblemException.notFound("Application " + id);
        }
        return ApplicationView.of(application, true);
    }

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "A review step: ask for more information, record that it arrived, or recommend")
    @APIResponse(responseCode = "200", description = "The application after the step")
    @APIResponse(responseCode = "409", description = "The step does not fit the application's status")
    public ApplicationView review(@PathParam("id") String id, @NotNull @Valid ReviewRequest request) {
        if (request.action() == ReviewAction.REQUEST_INFO && (request.comment() == null || request.comment().isBlank())) {
            throw ProblemException.invalidField("comment", "must say what information is missing");
        }
        return ApplicationView.of(desk.act(parse(id), ApplicationWorkflow.Action.valueOf(request.action().name()),
                request.comment(), Actors.of(identity), null), true);
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed("wego-admin")
    @Operation(summary = "The executive decision: approve (admits the member, ACTIVE from joinedOn, default today) or reject")
    @APIResponse(responseCode = "200", description = "Decided; application.decided (and member.admitted) published")
    @APIResponse(responseCode = "403", description = "Not wego-admin")
    @APIResponse(responseCode = "409", description = "Not recommended yet, already decided, or the code became a member")
    public ApplicationView decide(@PathParam("id") String id, @NotNull @Valid DecisionRequest request) {
        if (request.decision() == Decision.REJECT && (request.reason() == null || request.reason().isBlank())) {
            throw ProblemException.invalidField("reason", "a rejection must give its reason");
        }
        ApplicationWorkflow.Action action = request.decision() == Decision.APPROVE
                ? ApplicationWorkflow.Action.APPROVE : ApplicationWorkflow.Action.REJECT;
        return ApplicationView.of(desk.act(parse(id), action, request.reason(), Actors.of(identity),
                request.joinedOn()), true);
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Application " + id);
        }
    }
}
