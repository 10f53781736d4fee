package org.wego.awards.api;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.events.relay.OutboxAdminResource;
import org.wego.events.relay.RelayOperations;

/** The outbox operations (figures, parked events, re-drive) under this service's path; wego-admin only. */
@Path("/api/v1/awards/admin")
@Tag(name = "Operations", description = "Event outbox: pending and parked events, re-drive")
public class OperationsResource extends OutboxAdminResource {

    public OperationsResource(RelayOperations relay) {
        super(relay);
    }
}
