package org.wego.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.wego.web.ProblemException;

import java.util.List;
import java.util.UUID;

/**
 * The outbox as an operator sees it: figures, the parked rows with their errors, and the re-drive that puts them
 * back in line once the cause is fixed. Each PostgreSQL service mounts it under its own path
 * ({@code @Path("/api/v1/<service>/admin")} on a subclass), so the gateway routes it like the rest of the service.
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("wego-admin")
public abstract class OutboxAdminResource {

    public record OutboxView(long pending, long parked, long published, long oldestPendingSeconds,
                             List<OutboxStatus.ParkedEvent> parkedEvents) {
    }

    public record Redriven(int redriven) {
    }

    private final OutboxStatus status;
    private final OutboxRelay relay;

    protected OutboxAdminResource(OutboxStatus status, OutboxRelay relay) {
        this.status = status;
        this.relay = relay;
    }

    @GET
    @Path("/outbox")
    @Operation(summary = "Outbox figures and the parked events (at most 100, oldest first)")
    @APIResponse(responseCode = "200", description = "Pending, parked and published counts, parked events with errors")
    public OutboxView outbox() {
        OutboxStatus.Snapshot s = status.snapshot();
        return new OutboxView(s.pending(), s.parked(), s.published(), s.oldestPendingSeconds(), status.parked(100));
    }

    @POST
    @Path("/outbox/redrive")
    @Operation(summary = "Put parked events back in line (all, or one by eventId); the relay sends them at once")
    @APIResponse(responseCode = "200", description = "How many parked events were put back")
    public Redriven redrive(@QueryParam("eventId") String eventId) {
        UUID id;
        try {
            id = eventId == null || eventId.isBlank() ? null : UUID.fromString(eventId.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("eventId", "must be a UUID");
        }
        int count = QuarkusTransaction.requiringNew().call(() -> status.redrive(id));
        relay.wake();
        return new Redriven(count);
    }
}
