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
