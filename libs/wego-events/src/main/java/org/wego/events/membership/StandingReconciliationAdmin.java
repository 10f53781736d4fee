package org.wego.events.membership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.events.membership.MemberStandingChangedV1.Period;

import java.util.List;

/**
 * Drift between a consumer's member-city projection and the membership-service: the operator ({@code ./wego
 * reconcile}) posts a page of the source's timelines, the answer lists every city held differently. Each consumer
 * mounts it at {@code @Path("/api/v1/<service>/admin/standing-reconciliation")} on a subclass that says what it holds.
 */
@Tag(name = "Operations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("wego-admin")
public abstract class StandingReconciliationAdmin {

    private final String consumer;

    protected StandingReconciliationAdmin(String consumer) {
        this.consumer = consumer;
    }

    /** This service's timeline of the city, or null if it knows no such city. */
    protected abstract List<Period> held(String code);

    @POST
    @Operation(summary = "Compare the membership-service's standing timelines (GET /api/v1/membership/standings) with "
            + "what this service holds; lists unknown cities and the first day each differing timeline disagrees")
    @APIResponse(responseCode = "200", description = "The report: checked, agreeing, differences")
    public StandingReconciliation.Report reconcile(@NotNull @Valid StandingReconciliation.Request source) {
        return StandingReconciliation.compare(consumer, source.members(), this::held);
    }
}
