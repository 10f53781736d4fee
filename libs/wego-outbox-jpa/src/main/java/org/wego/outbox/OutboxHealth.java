package org.wego.outbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Parked outbox rows do not stop the service from serving (readiness stays up), but something needs a person:
 * {@code /q/health/well} turns DOWN while any row is parked, with the figures of the last relay tick.
 */
@Wellness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    private final OutboxStatus status;

    public OutboxHealth(OutboxStatus status) {
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxStatus.Snapshot s = status.last();
        return HealthCheckResponse.named("outbox").status(s.parked() == 0)
                .withData("pending", s.pending()).withData("parked", s.parked())
                .withData("oldestPendingSeconds", s.oldestPendingSeconds()).build();
    }
}
