package org.wego.awards.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.awards.domain.Viewer;
import org.wego.awards.domain.assignment.AssignmentPlanner;
import org.wego.awards.domain.edition.Edition;
import org.wego.awards.domain.jury.Assignment;
import org.wego.awards.domain.jury.AssignmentDesk;
import org.wego.web.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/awards/editions/{id}/assignments")
@Tag(name = "Jury")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class AssignmentResource {

    public record AssignmentView(UUID entryId, String judge, String mode, String assignedBy, Instant assignedAt) {
        static AssignmentView of(Assignment a) {
            return new AssignmentView(a.entryId, a.judge, a.mode, a.assignedBy, a.assignedAt);
        }
    }

    public record ManualPair(@NotNull UUID entry, @NotNull @Size(max = 100) String judge) {
    }

    /** mode AUTO plans for every passed entry; MANUAL assigns the listed pairs. */
    public record AssignmentRequest(@NotNull @Pattern(regexp = "AUTO|MANUAL") String mode,
                                    @Size(max = 5_000) List<@Valid ManualPair> assignments) {
    }

    public record PlanView(boolean dryRun, boolean feasible, List<String> problems, int assigned,
                           List<AssignmentPlanner.Pair> assignments, Map<String, Integer> loads, int maxLoad,
                           int minLoad) {
    }

    private final AssignmentDesk desk;
    private final SecurityIdentity identity;

    public AssignmentResource(AssignmentDesk desk, SecurityIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Assignments: staff see all, a judge their own")
    public List<AssignmentView> list(@PathParam("id") UUID editionId) {
        Edition.require(editionId);
        Viewer viewer = Viewers.of(identity);
        if (!viewer.staff() && !viewer.judge()) {
            throw ProblemException.forbidden("Assignments are shown to staff and judges");
        }
        return AssignmentDesk.of(editionId, viewer.staff() ? null : viewer.username()).stream().map(AssignmentView::of).toList();
    }

    @POST
    @Operation(summary = "Assign judges (wego-admin, secretariat) in SCREENING or JUDGING. AUTO: every passed entry "
            + "gets reviewersPerEntry judges from its category panel, none conflicted, none above judgeLoadLimit, loads "
            + "balanced; ?dryRun=true shows the plan (or why none exists) without saving. MANUAL: the listed pairs")
    @APIResponse(responseCode = "200", description = "The plan (AUTO)")
    @APIResponse(responseCode = "201", description = "The assignments made (MANUAL)")
    @APIResponse(responseCode = "422", description = "No complete assignment exists, or a manual pair breaks a rule; the detail says why")
    public Response assign(@PathParam("id") UUID editionId, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                           @Valid @NotNull AssignmentRequest request) {
        Viewer viewer = Viewers.of(identity);
        if (!viewer.staff()) {
            throw ProblemException.forbidden("Only WeGO staff assign judges");
        }
        if ("MANUAL".equals(request.mode())) {
            if (request.assignments() == null || request.assignments().isEmpty()) {
                throw ProblemException.invalidField("assignments", "lists the entry/judge pairs to assign");
            }
            if (dryRun) {
                throw ProblemException.invalidField("dryRun", "applies to AUTO assignment only");
            }
            List<Assignment> made = desk.assignManually(editionId, request.assignments().stream()
                    .map(p -> new AssignmentDesk.Pair(p.entry(), p.judge())).toList(), viewer.username());
            return Response.status(201).entity(made.stream().map(AssignmentView::of).toList()).build();
        }
        AssignmentPlanner.Plan plan = desk.assignAutomatically(editionId, dryRun, viewer.username());
        return Response.ok(new PlanView(dryRun, plan.feasible(), plan.problems(), plan.assignments().size(),
                plan.assignments(), plan.loads(), plan.maxLoad(), plan.minLoad())).build();
    }
}
