package org.wego.awards.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.awards.domain.Viewer;
import org.wego.awards.domain.edition.Edition;
import org.wego.awards.domain.entry.Entry;
import org.wego.awards.domain.entry.EntryDesk;
import org.wego.awards.domain.entry.EntryDraft;
import org.wego.awards.domain.jury.ReviewDesk;
import org.wego.web.CityAccess;
import org.wego.web.ProblemException;

import java.util.UUID;

@Path("/api/v1/awards/entries")
@Tag(name = "Entries", description = "Entries: drafting, submission, screening")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class EntryResource {

    public record ScreeningDecision(@NotNull @Pattern(regexp = "PASSED|FAILED") String result,
                                    @NotBlank @Size(max = 2_000) String reason) {
    }

    private final EntryDesk desk;
    private final SecurityIdentity identity;

    public EntryResource(EntryDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One entry: for staff, its city's officials, and judges assigned to it without a conflict")
    @APIResponse(responseCode = "404", description = "No such entry, or not one this judge may see")
    public EntryView get(@PathParam("id") UUID id) {
        Entry e = readable(id);
        Viewer viewer = Viewers.of(identity);
        return EntryView.of(e, desk.links(e), viewer.actsFor(e.city),
                Edition.require(e.editionId).showsCityTo(viewer, e.city));
    }

    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Edit a draft until the deadline (its city's official or staff); city and category are fixed")
    @APIResponse(responseCode = "409", description = "Not a draft, or the deadline has passed")
    public EntryView update(@PathParam("id") UUID id, @Valid @NotNull EntryDraft draft) {
        ownCity(id);
        Entry e = desk.update(id, draft, identity.getPrincipal().getName());
        return EntryView.of(e, desk.links(e), true);
    }

    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Withdraw a draft (its city's official or staff)")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("id") UUID id) {
        ownCity(id);
        desk.withdraw(id, identity.getPrincipal().getName());
        return Response.noContent().build();
    }

    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Submit a complete draft before the deadline; eligibility is checked again; emits entry.submitted")
    @APIResponse(responseCode = "422", description = "Incomplete, or the city is no longer in good standing")
    public EntryView submit(@PathParam("id") UUID id) {
        ownCity(id);
        Entry e = desk.submit(id, identity.getPrincipal().getName());
        return EntryView.of(e, desk.links(e), true);
    }

    @PUT
    @Path("/{id}/screening")
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Pass or fail a submitted entry with a reason (SCREENING phase); emits entry.screened")
    public EntryView screen(@PathParam("id") UUID id, @Valid @NotNull ScreeningDecision decision) {
        Entry e = desk.screen(id, "PASSED".equals(decision.result()), decision.reason(), identity.getPrincipal().getName());
        return EntryView.of(e, desk.links(e), true);
    }

    /** Staff, the entry's city, or a judge assigned to it and not conflicted; everyone else gets 404 or 403. */
    private Entry readable(UUID id) {
        Entry e = Entry.require(id);
        Viewer viewer = Viewers.of(identity);
        if (viewer.actsFor(e.city)) {
            return e;
        }
        if (viewer.judge()) {
            ReviewDesk.requireAssigned(e, viewer.username());
            return e;
        }
        throw ProblemException.forbidden("Entries are shown to staff, their cities and their judges");
    }

    private void ownCity(UUID id) {
        CityAccess.requireActsFor(identity, Entry.require(id).city);
    }
}
