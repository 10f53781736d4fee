package org.wego.awards.api;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
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
import org.wego.awards.domain.Viewer;
import org.wego.awards.domain.edition.Edition;
import org.wego.awards.domain.entry.Entry;
import org.wego.awards.domain.entry.EntryDesk;
import org.wego.awards.domain.entry.EntryDraft;
import org.wego.awards.domain.jury.Assignment;
import org.wego.awards.domain.jury.JuryDesk;
import org.wego.awards.domain.jury.Judge;
import org.wego.web.CityAccess;
import org.wego.web.ProblemException;
import org.wego.web.QueryParams;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Path("/api/v1/awards/editions/{id}/entries")
@Tag(name = "Entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class EditionEntryResource {

    private final EntryDesk desk;
    private final SecurityIdentity identity;

    public EditionEntryResource(EntryDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @POST
    @Operation(summary = "Draft an entry for a city (its official, or staff for it) while the edition is OPEN: city, "
            + "category and title; summary, description, outcomes and links may follow before submitting")
    @APIResponse(responseCode = "201", description = "The draft")
    @APIResponse(responseCode = "403", description = "An official of another city")
    @APIResponse(responseCode = "409", description = "Closed, or the city already entered this category")
    @APIResponse(responseCode = "422", description = "The city is not a member in good standing (the detail says why)")
    public Response create(@PathParam("id") UUID editionId, @Valid @NotNull EntryDraft draft, @Context UriInfo uri) {
        if (draft.city() != null) {
            CityAccess.requireActsFor(identity, draft.city());
        } else if (!CityAccess.isStaff(identity)) {
            throw ProblemException.forbidden("Only WeGO staff or a city official may enter");
        }
        Entry e = desk.create(editionId, draft, identity.getPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/awards/entries").path(e.id.toString()).build())
                .entity(EntryView.of(e, desk.links(e), true)).build();
    }

    @GET
    @Operation(summary = "Entries of an edition: staff see all, a city official their city's, a judge the entries "
            + "assigned to them that they are not conflicted on")
    public List<EntryView> list(@PathParam("id") UUID editionId, @QueryParam("category") String category,
                                @QueryParam("status") String status) {
        Edition.require(editionId);
        Entry.Status wanted = QueryParams.enumOrNull(Entry.Status.class, status, "status");
        Viewer viewer = Viewers.of(identity);
        List<Entry> entries;
        if (viewer.staff()) {
            entries = Entry.list("editionId = ?1 order by category, city", editionId);
        } else if (viewer.city() != null) {
            entries = Entry.list("editionId = ?1 and city = ?2 order by category", editionId, viewer.city());
        } else if (viewer.judge()) {
            Judge judge = Judge.of(editionId, viewer.username());
            Set<UUID> assigned = Assignment.<Assignment>list("judge", viewer.username()).stream()
                    .map(a -> a.entryId).collect(Collectors.toSet());
            entries = judge == null || assigned.isEmpty() ? List.of()
                    : Entry.<Entry>list("editionId = ?1 and id in ?2 order by category, id", editionId, assigned).stream()
                    .filter(e -> JuryDesk.conflict(judge, e).isEmpty()).toList();
        } else {
            throw ProblemException.forbidden("Entries are shown to staff, their cities and their judges");
        }
        boolean screening = viewer.staff() || viewer.city() != null;
        Edition edition = Edition.require(editionId);
        return entries.stream()
                .filter(e -> category == null || e.category.equals(category))
                .filter(e -> wanted == null || e.status == wanted)
                .map(e -> EntryView.of(e, desk.links(e), screening, edition.showsCityTo(viewer, e.city))).toList();
    }
}
