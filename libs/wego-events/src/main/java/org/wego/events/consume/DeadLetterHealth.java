package org.wego.events.consume;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** {@code /q/health/well} is DOWN while a dead-letter topic of this service holds records nobody replayed. */
@Wellness
@ApplicationScoped
public class DeadLetterHealth implements HealthCheck {

    private final DeadLetters deadLetters;

    public DeadLetterHealth(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("dead-letters").up();
        deadLetters.depths().forEach((topic, depth) -> {
            response.withData(topic, depth);
            if (depth > 0) {
                response.down();
            }
        });
        return response.build();
    }
}
