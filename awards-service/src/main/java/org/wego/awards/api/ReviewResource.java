package org.wego.awards.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.awards.domain.Viewer;
import org.wego.awards.domain.edition.Edition;
import org.wego.awards.domain.entry.Entry;
import org.wego.awards.domain.jury.Review;
import org.wego.awards.domain.jury.ReviewDesk;
import org.wego.awards.domain.jury.ReviewSubmission;
import org.wego.web.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/awards/entries/{id}/reviews")
@Tag(name = "Reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ReviewResource {

    public record ReviewView(UUID entryId, String judge, boolean abstain, String reason,
                             Map<String, ReviewSubmission.CriterionScore> scores, BigDecimal weightedScore,
                             int revision, Instant submittedAt) {
    }

    private final ReviewDesk desk;
    private final SecurityIdentity identity;

    public ReviewResource(ReviewDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    @PUT
    @RolesAllowed("judge")
    @Operation(summary = "Submit or revise your own review (JUDGING phase): {scores: {CRITERION: {score 1-10, comment}}} "
            + "for every rubric criterion, or {abstain: true, reason}; every revision is audited")
    @APIResponse(responseCode = "400", description = "Each missing, out-of-range or unknown criterion named")
    @APIResponse(responseCode = "404", description = "Not an entry assigned to you (or you are conflicted)")
    public ReviewView put(@PathParam("id") UUID id, @Valid @NotNull ReviewSubmission submission) {
        Review review = desk.put(id, identity.getPrincipal().getName(), submission);
        return view(review, Edition.require(Entry.require(id).editionId));
    }

    @GET
    @Operation(summary = "Reviews of an entry: staff see all; a judge their own, and the others after submitting "
            + "theirs when the edition allows")
    public List<ReviewView> list(@PathParam("id") UUID id) {
        Entry entry = Entry.require(id);
        Viewer viewer = Viewers.of(identity);
        if (!viewer.staff() && !viewer.judge()) {
            throw ProblemException.forbidden("Reviews are shown to staff and the entry's judges");
        }
        Edition edition = Edition.require(entry.editionId);
        return desk.visibleTo(entry, viewer).stream().map(r -> view(r, edition)).toList();
    }

    private ReviewView view(Review r, Edition edition) {
        Double weighted = desk.weighted(edition.rubricValue(), r);
        return new ReviewView(r.entryId, r.judge, r.abstain, r.reason, desk.scores(r),
                weighted == null ? null : BigDecimal.valueOf(weighted).setScale(4, RoundingMode.HALF_UP), r.revision, r.submittedAt);
    }
}
