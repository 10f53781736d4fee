package org.wego.events.relay;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Parked events do not stop a service from serving (readiness stays up), but something needs a person:
 * {@code /q/health/well} is DOWN while any event is parked, with the figures of the relay's last tick.
 */
@Wellness
@ApplicationScoped
public class RelayHealth implements HealthCheck {

    private final Instance<RelayOperations> relay;

    public RelayHealth(Instance<RelayOperations> relay) {
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        if (!relay.isResolvable()) {
            return HealthCheckResponse.up("outbox");
        }
        RelayOperations.Figures f = relay.get().lastFigures();
        return HealthCheckResponse.named("outbox").status(f.parked() == 0)
                .withData("pending", f.pending()).withData("parked", f.parked())
                .withData("oldestPendingSeconds", f.oldestPendingSeconds()).build();
    }
}
