package org.wego.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.wego.gateway.edge.RateLimits;
import org.wego.web.RequestIds;

/**
 * Registers one reverse-proxy route per configured prefix (Vert.x http-proxy: streaming bodies, hop-by-hop headers
 * dropped). Security has already run on the router by then; this adds forwarding headers, sends through the
 * upstream's circuit breaker, and turns an unreachable, failing or silent upstream into problem+json 503/504 instead
 * of the library's bare 502.
 */
@Singleton
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    private final GatewayConfig config;
    private final Vertx vertx;
    private final RateLimits limits;

    public ProxyRoutes(GatewayConfig config, Vertx vertx, RateLimits limits) {
        this.config = config;
        this.vertx = vertx;
        this.limits = limits;
    }

    void register(@Observes Router router) {
        EventLoopClients clients = new EventLoopClients(vertx, new HttpClientOptions()
                .setMaxPoolSize(64).setKeepAlive(true).setConnectTimeout(2000));
        config.routes().forEach((name, route) -> {
            Upstream upstream = new Upstream(name, route, vertx);
            HttpProxy proxy = HttpProxy.reverseProxy(clients.shared())
                    .originRequestProvider((request, ignored) -> upstream.connect(clients.current(), request.method()))
                    .addInterceptor(new Forwarding(upstream));
            router.route(route.prefix()).handler(rc -> forward(rc, proxy));
            router.route(route.prefix() + "/*").handler(rc -> forward(rc, proxy));
            LOG.infof("route %s: %s/** -> %s (timeout %s, max body %s)", name, route.prefix(), route.upstream(),
                    route.timeout(), route.maxBody().asLongValue());
        });
    }

    // Security (token, permissions) has run on the router before this handler; quotas need its identity.
    private void forward(RoutingContext rc, HttpProxy proxy) {
        if (limits.admit(rc)) {
            proxy.handle(rc.request());
        }
    }

    /** Per-request work around the library's proxying. */
    private record Forwarding(Upstream upstream) implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            var headers = context.request().headers();
            headers.set("X-Forwarded-For", forwardedFor(incoming));
            headers.set("X-Forwarded-Proto", incoming.scheme());
            headers.set("X-Forwarded-Host", incoming.authority() == null ? "" : incoming.authority().toString());
            // RequestIdFilter already normalised it on the incoming request; make sure upstream sees the same id.
            headers.set(RequestIds.HEADER, incoming.getHeader(RequestIds.HEADER));
            return upstream.send(context::sendRequest).recover(failure -> {
                Throwable cause = Upstream.unwrap(failure);
                if (Upstream.isOpenCircuit(cause)) {
                    // Logged once when the breaker opens (by the access log's 503s), not once per refused call.
                    return Future.succeededFuture(problem(context, 503, "The " + upstream.name()
                                    + " service is failing; calls to it are paused (circuit open), try again shortly")
                            .putHeader("Retry-After", Long.toString(upstream.breakerDelaySeconds())));
                }
                LOG.warnf("upstream %s failed for %s %s (request %s): %s", upstream.name(), incoming.method(),
                        incoming.path(), incoming.getHeader(RequestIds.HEADER), cause.toString());
                if (cause instanceof Upstream.Unreachable unreachable) {
                    return Future.succeededFuture(problem(context, 503, "The " + upstream.name()
                            + " service is unavailable (" + unreachable.attempts + " attempt(s)); try again shortly"));
                }
                boolean timedOut = cause instanceof java.util.concurrent.TimeoutException
                        || cause.getClass().getSimpleName().contains("Timeout");
                return Future.succeededFuture(problem(context, timedOut ? 504 : 502, timedOut
                        ? "The " + upstream.name() + " service did not answer in time"
                        : "The " + upstream.name() + " service broke off the exchange"));
            });
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            // The gateway already answers with the request id; the upstream's copy would be a duplicate header.
            context.response().headers().remove(RequestIds.HEADER);
            return context.sendResponse();
        }

        private static String forwardedFor(HttpServerRequest incoming) {
            String prior = incoming.getHeader("X-Forwarded-For");
            String peer = incoming.remoteAddress() == null ? "unknown" : incoming.remoteAddress().host();
            return prior == null || prior.isBlank() ? peer : prior + ", " + peer;
        }

        private static ProxyResponse problem(ProxyContext context, int status, String detail) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            String json = GatewayProblems.json(incoming, status, detail);
            ProxyResponse response = context.request().release().response();
            response.headers().clear();
            return response.setStatusCode(status)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader(RequestIds.HEADER, incoming.getHeader(RequestIds.HEADER))
                    .setBody(Body.body(Buffer.buffer(json)));
        }
    }
}
