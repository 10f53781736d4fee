package org.wego.awards.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.awards.domain.MemberCity;
import org.wego.awards.domain.edition.Edition;
import org.wego.awards.domain.edition.Phase;
import org.wego.awards.domain.entry.Entry;
import org.wego.awards.domain.entry.EntryDesk;
import org.wego.awards.domain.jury.RankingDesk;
import org.wego.awards.domain.jury.Winner;
import org.wego.web.CityAccess;
import org.wego.web.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/awards/editions/{id}/results")
@Tag(name = "Ranking and results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResultResource {

    public record WinnerView(UUID entryId, String category, int place, String city, String cityName, String country,
                             String title, String summary, String description, String outcomes, List<String> links) {
    }

    public record ResultsView(UUID editionId, int year, String title, Phase phase, Instant confirmedAt,
                              List<WinnerView> winners) {
    }

    /** Winners per category, in order; a category left out takes the top winnersPerCategory of its ranking. */
    public record Confirmation(Map<String, List<UUID>> winners) {
    }

    private final RankingDesk ranking;
    private final EntryDesk entries;
    private final SecurityIdentity identity;

    public ResultResource(RankingDesk ranking, EntryDesk entries, SecurityIdentity identity) {
        this.ranking = ranking;
        this.entries = entries;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "The winners with their entries: public once ANNOUNCED; WeGO staff see confirmed winners before")
    @APIResponse(responseCode = "404", description = "No announced results (yet)")
    public ResultsView results(@PathParam("id") UUID editionId) {
        Edition edition = Edition.require(editionId);
        if (edition.phase != Phase.ANNOUNCED && (identity.isAnonymous() || !CityAccess.isStaff(identity))) {
            throw ProblemException.notFound("Announced results of edition " + editionId);
        }
        return view(edition);
    }

    @POST
    @RolesAllowed("wego-admin")
    @Operation(summary = "Confirm the winners in DELIBERATION (wego-admin): per category the named entries in order, "
            + "or the top winnersPerCategory of the ranking; emits ranking.finalized per category")
    @APIResponse(responseCode = "409", description = "Not in DELIBERATION, or a tie across the cut needs named winners")
    public ResultsView confirm(@PathParam("id") UUID editionId, @NotNull Confirmation confirmation) {
        ranking.confirm(editionId, confirmation.winners(), identity.getPrincipal().getName());
        return view(Edition.require(editionId));
    }

    private ResultsView view(Edition edition) {
        List<Winner> winners = Winner.list("editionId = ?1 order by category, place", edition.id);
        List<WinnerView> views = winners.stream().map(w -> {
            Entry e = Entry.findById(w.entryId);
            MemberCity city = MemberCity.findById(e.city);
            return new WinnerView(e.id, w.category, w.place, e.city, city == null ? null : city.name,
                    city == null ? null : city.country, e.title, e.summary, e.description, e.outcomes, entries.links(e));
        }).toList();
        return new ResultsView(edition.id, edition.year, edition.title, edition.phase,
                winners.isEmpty() ? null : winners.get(0).confirmedAt, views);
    }
}
