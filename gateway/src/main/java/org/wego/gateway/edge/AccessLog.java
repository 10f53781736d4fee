package org.wego.gateway.edge;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.wego.web.RequestIds;

/**
 * One access-log line per proxied request (request id, client, route, method, path, status, latency) and a
 * Prometheus timer per route, method and status ({@code wego_gateway_requests_seconds}).
 */
@Singleton
public class AccessLog {

    private static final Logger LOG = Logger.getLogger("wego.gateway.access");

    private final MeterRegistry registry;
    /** One timer per route, method and status, looked up by a plain string instead of building tags per request. */
    private final java.util.concurrent.ConcurrentMap<String, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

    public AccessLog(MeterRegistry registry) {
        this.registry = registry;
    }

    public void track(RoutingContext rc, String route) {
        long started = System.nanoTime();
        rc.addEndHandler(done -> {
            long nanos = System.nanoTime() - started;
            int status = rc.response().getStatusCode();
            String method = rc.request().method().name();
            timers.computeIfAbsent(route + ' ' + method + ' ' + status, k -> Timer.builder("wego.gateway.requests")
                            .tag("route", route).tag("method", method).tag("status", Integer.toString(status))
                            .register(registry))
                    .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
            if (LOG.isInfoEnabled()) {
                // Built by hand and written by a handler with a minimal pattern (application.properties): the
                // general-purpose formatting cost a third of the gateway's CPU per request (bench/gateway.sh).
                LOG.info(new StringBuilder(160).append(rc.request().getHeader(RequestIds.HEADER)).append(' ')
                        .append(client(rc)).append(' ').append(route).append(' ').append(method).append(' ')
                        .append(rc.request().path()).append(' ').append(status).append(' ')
                        .append((nanos / 100_000) / 10.0).append("ms").toString());
            }
        });
    }

    private static String client(RoutingContext rc) {
        if (rc.user() instanceof QuarkusHttpUser user && user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken jwt) {
            return jwt.getClaim("azp") + "/" + jwt.getName();
        }
        return rc.request().remoteAddress() == null ? "-" : "anonymous@" + rc.request().remoteAddress().host();
    }
}
