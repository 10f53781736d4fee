package org.wego.gateway.edge;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.wego.gateway.routing.GatewayConfig;
import org.wego.gateway.routing.GatewayProblems;
import org.wego.gateway.routing.RouteTable;
import org.wego.web.RequestIds;

import java.util.Map;

/**
 * Size limits answered as problem+json before authentication or proxying: URL length (414), total header size
 * (431) and, per route, the declared body size (413). The HTTP server's own limits are set higher as a backstop
 * (it answers those with an empty body, before any handler runs). A chunked body has no declared size: the
 * server-wide {@code quarkus.http.limits.max-body-size} bounds it.
 */
@Singleton
public class RequestLimits {

    private final GatewayConfig config;
    private final RouteTable routes;

    public RequestLimits(GatewayConfig config, RouteTable routes) {
        this.config = config;
        this.routes = routes;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 20).handler(this::check);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        GatewayConfig.Limits limits = config.limits();
        if (request.uri().length() > limits.maxUrlLength()) {
            refuse(rc, 414, "The request URL is longer than " + limits.maxUrlLength() + " characters");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > limits.maxHeadersSize()) {
            refuse(rc, 431, "The request headers are larger than " + limits.maxHeadersSize() + " bytes");
            return;
        }
        long declared = declaredLength(request.getHeader("Content-Length"));
        long max = maxBody(request.path());
        if (declared > max) {
            refuse(rc, 413, "The request body (" + declared + " bytes) is larger than this route accepts (" + max + " bytes)");
            return;
        }
        rc.next();
    }

    private long maxBody(String path) {
        RouteTable.Named route = routes.of(path);
        // The gateway's own endpoints take no bodies.
        return route == null ? 64 * 1024 : route.route().maxBody().asLongValue();
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return 0;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0; // the HTTP server rejects a malformed Content-Length itself
        }
    }

    private static void refuse(RoutingContext rc, int status, String detail) {
        rc.response().setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Connection", "close")
                .putHeader(RequestIds.HEADER, rc.request().getHeader(RequestIds.HEADER))
                .end(GatewayProblems.json(rc.request(), status, detail));
    }
}
