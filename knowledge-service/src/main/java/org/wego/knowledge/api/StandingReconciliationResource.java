package org.wego.knowledge.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.events.membership.StandingReconciliation;
import org.wego.events.membership.MemberStandingChangedV1;
import org.wego.events.membership.StatusTimeline;
import org.wego.knowledge.domain.DirectoryEntry;

import java.util.List;

/**
 * Drift between this service's member-city projection and the membership-service: the operator (`./wego
 * reconcile`) posts a page of the source's timelines, the answer lists every city this service holds differently.
 */
@Path("/api/v1/knowledge/admin/standing-reconciliation")
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("wego-admin")
public class StandingReconciliationResource {

    @POST
    @Operation(summary = "Compare the membership-service's standing timelines (GET /api/v1/membership/standings) with "
            + "what this service holds; lists unknown cities and the first day each differing timeline disagrees")
    @APIResponse(responseCode = "200", description = "The report: checked, agreeing, differences")
    public StandingReconciliation.Report reconcile(@NotNull @Valid StandingReconciliation.Request source) {
        return StandingReconciliation.compare("knowledge-service", source.members(), code -> {
            DirectoryEntry entry = DirectoryEntry.findById(code);
            if (entry == null || entry.name == null) {
                return null;
            }
            // The directory follows standing events only: before the first one, admission alone says ACTIVE.
            return StandingReconciliation.held(entry.standing == null ? null
                    : MemberStandingChangedV1.timeline(entry.standing), entry.joinedOn, new StatusTimeline(List.of()));
        });
    }
}
