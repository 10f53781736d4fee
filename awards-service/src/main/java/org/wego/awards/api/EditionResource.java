package org.wego.awards.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.wego.awards.domain.edition.Category;
import org.wego.awards.domain.edition.Edition;
import org.wego.awards.domain.edition.EditionDesk;
import org.wego.awards.domain.edition.EditionSettings;
import org.wego.awards.domain.edition.Phase;
import org.wego.awards.domain.edition.PhaseEntry;
import org.wego.awards.domain.judging.Rubric;
import org.wego.web.IfMatch;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/awards/editions")
@Tag(name = "Editions", description = "Awards editions: settings, rubric, categories and phases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EditionResource {

    public record PhaseDate(Phase phase, Instant enteredAt) {
    }

    public record EditionView(UUID id, int year, String title, Phase phase, Instant submissionDeadline, int graceMinutes,
                              int reviewersPerEntry, int judgeLoadLimit, boolean normalise,
                              boolean reviewsVisibleAfterOwn, boolean blindReview, int winnersPerCategory,
                              List<String> tieBreaks,
                              List<Category> categories, List<Rubric.Criterion> rubric, List<PhaseDate> phases,
                              int version) {
        static EditionView of(Edition e) {
            List<PhaseDate> phases = PhaseEntry.<PhaseEntry>list("editionId = ?1 order by enteredAt", e.id).stream()
                    .map(p -> new PhaseDate(p.phase, p.enteredAt)).toList();
            return new EditionView(e.id, e.year, e.title, e.phase, e.submissionDeadline, e.graceMinutes,
                    e.reviewersPerEntry, e.judgeLoadLimit, e.normalise, e.reviewsVisibleAfterOwn, e.blindReview, e.winnersPerCategory,
                    e.tieBreakList().stream().map(Enum::name).toList(), e.categoryList(), e.rubricValue().criteria(),
                    phases, e.version);
        }
    }

    public record PhaseChange(@NotNull Phase to) {
    }

    private final EditionDesk desk;
    private final SecurityIdentity identity;

    public EditionResource(EditionDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "Every edition, newest first (public: editions are announced calls for entries)")
    public List<EditionView> list() {
        return Edition.<Edition>list("order by year desc, createdAt desc").stream().map(EditionView::of).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One edition with its settings, rubric, categories and phase dates")
    @APIResponse(responseCode = "404", description = "No such edition")
    public Response get(@PathParam("id") UUID id) {
        Edition e = Edition.require(id);
        return Response.ok(EditionView.of(e)).tag(String.valueOf(e.version)).build();
    }

    @POST
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Open a new edition: year, title and submissionDeadline are required; categories (default "
            + "the five WeGO categories), rubric (default five criteria weighted 0.2), reviewersPerEntry (3), "
            + "judgeLoadLimit (20), normalise (true), tieBreaks (NORMALISED_MEAN, MEDIAN, TOP_PLACEMENTS), "
            + "winnersPerCategory (1), graceMinutes (0), reviewsVisibleAfterOwn (true), blindReview (false: judges "
            + "see no entry's city until the results are announced)")
    @APIResponse(responseCode = "201", description = "The edition, phase OPEN")
    @APIResponse(responseCode = "400", description = "Invalid settings, each named")
    @APIResponse(responseCode = "409", description = "An edition with this title exists")
    public Response create(@Valid @NotNull EditionSettings settings, @Context UriInfo uri) {
        Edition e = desk.create(settings, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(e.id.toString()).build()).entity(EditionView.of(e)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Change settings: the deadline while OPEN, judging rules until JUDGING starts; If-Match "
            + "with the ETag read is required (428 without)")
    @APIResponse(responseCode = "409", description = "The setting is frozen in the current phase")
    @APIResponse(responseCode = "412", description = "If-Match names a version that is no longer current")
    @APIResponse(responseCode = "428", description = "No If-Match: send the ETag you read (or *)")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull EditionSettings settings) {
        Edition e = desk.update(id, IfMatch.optional(ifMatch, "edition"), settings, identity.getPrincipal().getName());
        return Response.ok(EditionView.of(e)).tag(String.valueOf(e.version)).build();
    }

    @POST
    @Path("/{id}/phase")
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Move to the next phase (OPEN → SCREENING → JUDGING → DELIBERATION → ANNOUNCED) after its "
            + "checks; ANNOUNCED (wego-admin only) publishes the results and emits winners.announced")
    @APIResponse(responseCode = "409", description = "Not the next phase, or its checks fail (the detail says which)")
    public EditionView advance(@PathParam("id") UUID id, @Valid @NotNull PhaseChange change) {
        return EditionView.of(desk.advance(id, change.to(), identity.getPrincipal().getName(), identity.hasRole("wego-admin")));
    }
}
