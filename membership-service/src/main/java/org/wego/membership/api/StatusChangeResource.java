package org.wego.membership.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.wego.membership.domain.Member;
import org.wego.membership.domain.MemberLifecycle;
import org.wego.membership.domain.StatusChange;
import org.wego.web.CityAccess;
import org.wego.web.ProblemException;

import java.util.List;

@Path("/api/v1/membership/members/{code}/status-changes")
@Tag(name = "Membership lifecycle", description = "Dated status changes; status on any date is derived from them")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StatusChangeResource {

    private final MemberLifecycle lifecycle;
    private final SecurityIdentity identity;

    public StatusChangeResource(MemberLifecycle lifecycle, SecurityIdentity identity) {
        this.lifecycle = lifecycle;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Record a status change effective on a date (back-dated history allowed, in time order; "
            + "before the latest change only as a correction: correction=true)")
    @APIResponse(responseCode = "201", description = "Recorded; member.status-changed is published")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "404", description = "No such member")
    @APIResponse(responseCode = "409", description = "Not allowed from the member's status on that date, or the later "
            + "recorded change could not follow it; detail names the allowed ones")
    @APIResponse(responseCode = "422", description = "Effective date before joining, before the latest change, or too far ahead")
    public Response record(@PathParam("code") String code, @NotNull @Valid StatusChangeRequest request,
                           @Context UriInfo uri) {
        StatusChange change = lifecycle.change(code, request.status(), request.effectiveDate(), request.reason().strip(),
                Boolean.TRUE.equals(request.correction()), Actors.of(identity));
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(StatusChangeView.of(change)).build();
    }

    @GET
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "A member's status history, oldest first (officials: own city only)")
    @APIResponse(responseCode = "200", description = "The history")
    @APIResponse(responseCode = "403", description = "An official of another city")
    @APIResponse(responseCode = "404", description = "No such member")
    public List<StatusChangeView> history(@PathParam("code") String code) {
        CityAccess.requireActsFor(identity, code);
        Member.require(code);
        return StatusChange.of(code).stream().map(StatusChangeView::of).toList();
    }
}
