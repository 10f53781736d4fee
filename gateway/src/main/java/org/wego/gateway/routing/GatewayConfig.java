package org.wego.gateway.routing;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Routes are configuration: {@code wego.gateway.routes.<name>.prefix/upstream/timeout/...}. */
@ConfigMapping(prefix = "wego.gateway")
public interface GatewayConfig {

    Map<String, Route> routes();

    RateLimit rateLimit();

    Limits limits();

    /**
     * Clients ({@code azp}) whose tokens the edge accepts. Empty means any client of the realm: the audience check
     * already limits tokens to those minted for the WeGO API.
     */
    Optional<Set<String>> allowedClients();

    /**
     * How long a fully verified token is remembered (never past its expiry plus the allowed skew); 0 verifies every
     * request from scratch.
     */
    @WithDefault("60s")
    Duration verifiedTokenCache();

    /**
     * Directory for the access log: {@code gateway-access.log}, rotated daily, written in batches by a thread of its
     * own. Unset: lines go to the console through the logging system (category {@code wego.gateway.access}), as a
     * container platform collects them.
     */
    Optional<String> accessLogDir();

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

    /** Request-line and header limits answered with problem+json (the HTTP server's own limits sit above these). */
    interface Limits {
        @WithDefault("8192")
        int maxUrlLength();

        @WithDefault("16384")
        int maxHeadersSize();
    }

    interface Route {
        /** Path prefix, forwarded unchanged upstream, e.g. {@code /api/v1/membership}. */
        String prefix();

        /** Base URL of the upstream service, e.g. {@code http://127.0.0.1:8081}. */
        URI upstream();

        /** How long the upstream may stay silent before the client gets 504. */
        @WithDefault("15s")
        Duration timeout();

        /** Largest request body this route accepts (413 above it). */
        @WithDefault("2M")
        MemorySize maxBody();

        /** Extra connection attempts for idempotent methods when the upstream cannot be reached. */
        @WithDefault("2")
        int retries();

        /** Pause before the first retry; doubled for each further one. */
        @WithDefault("50ms")
        Duration retryBackoff();

        Breaker breaker();
    }

    /** Circuit breaker per upstream: opens when too many of the last calls failed, probes again after a delay. */
    interface Breaker {
        /** How many recent calls are judged. */
        @WithDefault("20")
        int window();

        @WithDefault("0.5")
        double failureRatio();

        /** How long an open breaker answers 503 at once before it lets a probe through. */
        @WithDefault("10s")
        Duration delay();
    }
}
