package org.wego.membership.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.membership.domain.DuesLedger;

import java.util.Map;

@Path("/api/v1/membership/dues/runs")
@Tag(name = "Dues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DuesRunResource {

    public record YearRun(@NotNull @Min(2000) @Max(2100) Integer year) {
    }

    private final DuesLedger ledger;
    private final SecurityIdentity identity;

    public DuesRunResource(DuesLedger ledger, SecurityIdentity identity) {
        this.ledger = ledger;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Issue a year's invoices to every organisation that is a member on that year's due date")
    @APIResponse(responseCode = "200", description = "How many invoices were issued (members already invoiced are skipped)")
    @APIResponse(responseCode = "400", description = "year missing or outside 2000..2100")
    public Map<String, Integer> run(@NotNull @Valid YearRun request) {
        return Map.of("year", request.year(), "issued", ledger.issueForYear(request.year(), Actors.of(identity)));
    }
}
