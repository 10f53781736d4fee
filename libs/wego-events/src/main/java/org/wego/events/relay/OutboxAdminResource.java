package org.wego.events.relay;

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
 * The outbox as an operator sees it: figures, the parked events with their errors, and the re-drive that puts them
 * back in line once the cause is fixed. Each service mounts it under its own path ({@code @Path("/api/v1/<service>/admin")}
 * on a subclass), so the gateway routes it like the rest of the service.
 */
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("wego-admin")
public abstract class OutboxAdminResource {

    public record OutboxView(long pending, long parked, long published, long oldestPendingSeconds,
                             List<RelayOperations.Parked> parkedEvents) {
    }

    public record Redriven(int redriven) {
    }

    private final RelayOperations relay;

    protected OutboxAdminResource(RelayOperations relay) {
        this.relay = relay;
    }

    @GET
    @Path("/outbox")
    @Operation(summary = "Outbox figures and the parked events (at most 100, oldest first)")
    @APIResponse(responseCode = "200", description = "Pending, parked and published counts, parked events with errors")
    public OutboxView outbox() {
        RelayOperations.Figures f = relay.figures();
        return new OutboxView(f.pending(), f.parked(), f.published(), f.oldestPendingSeconds(), relay.parked(100));
    }

    @POST
    @Path("/outbox/redrive")
    @Operation(summary = "Put parked events back in line (all, or one by eventId); the relay sends them at once")
    @APIResponse(responseCode = "200", description = "How many parked events were put back")
    @APIResponse(responseCode = "400", description = "eventId is not a UUID")
    public Redriven redrive(@QueryParam("eventId") String eventId) {
        String id = eventId == null || eventId.isBlank() ? null : eventId.trim();
        if (id != null) {
            try {
                UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("eventId", "must be a UUID");
            }
        }
        return new Redriven(relay.redrive(id));
    }
}
