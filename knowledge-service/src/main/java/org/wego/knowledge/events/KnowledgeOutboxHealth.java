package org.wego.knowledge.events;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** {@code /q/health/well} is DOWN while a knowledge event is parked (readiness is not: the service still serves). */
@Wellness
@ApplicationScoped
public class KnowledgeOutboxHealth implements HealthCheck {

    private final KnowledgeOutboxStatus status;

    public KnowledgeOutboxHealth(KnowledgeOutboxStatus status) {
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        KnowledgeOutboxStatus.Snapshot s = status.last();
        return HealthCheckResponse.named("outbox").status(s.parked() == 0)
                .withData("pending", s.pending()).withData("parked", s.parked())
                .withData("oldestPendingSeconds", s.oldestPendingSeconds()).build();
    }
}
