package org.wego.knowledge.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.knowledge.events.KnowledgeOutboxStatus;
import org.wego.knowledge.events.ResourceEventRelay;
import org.wego.web.ProblemException;

import java.util.List;
import java.util.UUID;

/**
 * The knowledge relay as an operator sees it (the same shape as the PostgreSQL services' outbox operations):
 * figures, parked events with their errors, and the re-drive once the cause is fixed. wego-admin only.
 */
@Path("/api/v1/knowledge/admin")
@Tag(name = "Operations", description = "Event relay: pending and parked events, re-drive")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("wego-admin")
public class OperationsResource {

    public record OutboxView(long pending, long parked, long oldestPendingSeconds,
                             List<KnowledgeOutboxStatus.ParkedEvent> parkedEvents) {
    }

    public record Redriven(int redriven) {
    }

    private final KnowledgeOutboxStatus status;
    private final ResourceEventRelay relay;

    public OperationsResource(KnowledgeOutboxStatus status, ResourceEventRelay relay) {
        this.status = status;
        this.relay = relay;
    }

    @GET
    @Path("/outbox")
    @Operation(summary = "Relay figures and the parked events (at most 100)")
    @APIResponse(responseCode = "200", description = "Pending and parked counts, parked events with errors")
    public OutboxView outbox() {
        KnowledgeOutboxStatus.Snapshot s = status.snapshot();
        return new OutboxView(s.pending(), s.parked(), s.oldestPendingSeconds(), status.parked(100));
    }

    @POST
    @Path("/outbox/redrive")
    @Operation(summary = "Put parked events back in line (all, or one by eventId); the relay sends them at once")
    @APIResponse(responseCode = "200", description = "How many parked events were put back")
    public Redriven redrive(@QueryParam("eventId") String eventId) {
        if (eventId != null && !eventId.isBlank()) {
            try {
                UUID.fromString(eventId.trim());
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("eventId", "must be a UUID");
            }
        }
        int count = status.redrive(eventId == null || eventId.isBlank() ? null : eventId.trim());
        relay.wake();
        return new Redriven(count);
    }
}
