package org.wego.ceds.api;

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
import org.wego.ceds.domain.MemberCity;
import org.wego.ceds.domain.MemberCityStanding;
import org.wego.ceds.domain.MemberCityStatus;

/**
 * Drift between this service's member-city projection and the membership-service: the operator (`./wego
 * reconcile`) posts a page of the source's timelines, the answer lists every city this service holds differently.
 */
@Path("/api/v1/ceds/admin/standing-reconciliation")
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
        return StandingReconciliation.compare("ceds-service", source.members(), code -> {
            MemberCity city = MemberCity.findById(code);
            return city == null ? null : StandingReconciliation.held(MemberCityStanding.of(code).orElse(null),
                    city.joinedOn, MemberCityStatus.timeline(code));
        });
    }
}
