package org.wego.gateway.routing;

import jakarta.inject.Singleton;

import java.util.List;

/**
 * Which configured route a request path belongs to, for the edge policies that run before the proxy's own routes
 * (per-route body limits, the access log). Same rule as the proxy: the prefix itself or anything below it.
 */
@Singleton
public class RouteTable {

    /** A configured route with its name. */
    public record Named(String name, GatewayConfig.Route route) {
    }

    private final List<Named> routes;

    public RouteTable(GatewayConfig config) {
        this.routes = config.routes().entrySet().stream().map(e -> new Named(e.getKey(), e.getValue())).toList();
    }

    /** The route of this path, or null for the gateway's own paths (portal, health, metrics). */
    public Named of(String path) {
        if (path != null) {
            for (Named named : routes) {
                String prefix = named.route().prefix();
                if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                    return named;
                }
            }
        }
        return null;
    }
}
