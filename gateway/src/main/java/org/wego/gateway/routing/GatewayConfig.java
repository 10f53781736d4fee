package org.wego.gateway.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Routes are configuration: {@code wego.gateway.routes.<name>.prefix/upstream/timeout}. */
@ConfigMapping(prefix = "wego.gateway")
public interface GatewayConfig {

    Map<String, Route> routes();

    RateLimit rateLimit();

    /**
     * Token buckets per caller. With N gateway instances behind a load balancer each enforces its share
     * ({@code rate / instances}): no shared store on the request path, exact when the balancer spreads a client
     * evenly, and at worst a client gets its share of one instance's budget.
     */
    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Anonymous traffic, per client IP. */
        Bucket anonymous();

        /** Authenticated traffic, per client ({@code azp}) and, separately, per member city ({@code city} claim). */
        Bucket authenticated();

        @WithDefault("1")
        int instances();
    }

    interface Bucket {
        double rate();

        long burst();
    }

    interface Route {
        /** Path prefix, forwarded unchanged upstream, e.g. {@code /api/v1/membership}. */
        String prefix();

        /** Base URL of the upstream service, e.g. {@code http://127.0.0.1:8081}. */
        URI upstream();

        /** How long the upstream may stay silent before the client gets 504. */
        @WithDefault("15s")
        Duration timeout();
    }
}
