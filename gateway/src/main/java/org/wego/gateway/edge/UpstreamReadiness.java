package org.wego.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.wego.gateway.routing.GatewayConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Readiness of the gateway with its upstreams: each service's own readiness is asked in parallel (1 s each). The
 * gateway stays UP when some are down — it still serves the others and answers 503 for the missing one, so taking
 * it out of a load balancer would only make things worse — and says it is {@code degraded} and which are down.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements HealthCheck {

    private final GatewayConfig config;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    public UpstreamReadiness(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> checks = new LinkedHashMap<>();
        config.routes().forEach((name, route) -> checks.put(name, client.sendAsync(
                        HttpRequest.newBuilder(URI.create(route.upstream() + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(1)).GET().build(), HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> r.statusCode() == 200 ? "UP" : "DOWN (HTTP " + r.statusCode() + ")")
                .exceptionally(e -> "DOWN (unreachable)")));
        HealthCheckResponseBuilder response = HealthCheckResponse.named("upstreams").up();
        List<String> down = new ArrayList<>();
        checks.forEach((name, check) -> {
            String state = check.join();
            response.withData(name, state);
            if (!state.equals("UP")) {
                down.add(name);
            }
        });
        return response.withData("degraded", !down.isEmpty()).withData("down", String.join(",", down)).build();
    }
}
