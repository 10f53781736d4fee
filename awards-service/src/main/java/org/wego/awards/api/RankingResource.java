package org.wego.awards.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.awards.domain.jury.RankingDesk;

import java.util.UUID;

@Path("/api/v1/awards/editions/{id}/categories")
@Tag(name = "Ranking and results")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class RankingResource {

    private final RankingDesk desk;
    private final SecurityIdentity identity;

    public RankingResource(RankingDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    @GET
    @Path("/{category}/ranking")
    @Operation(summary = "A category's ranking: raw and normalised means, median, top placements, competition ranks "
            + "under the declared tie-breaks, per-judge mean and spread (staff), and the jury's agreement (ICC(1)). "
            + "Staff from JUDGING on; the category's judges from DELIBERATION on, ranked among the entries they are not "
            + "conflicted on (no gap, no count of the hidden ones)")
    public RankingDesk.RankingView ranking(@PathParam("id") UUID editionId, @PathParam("category") String category) {
        return desk.ranking(editionId, category, Viewers.of(identity));
    }
}
