package org.wego.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.wego.gateway.edge.AccessLog;
import org.wego.gateway.edge.RateLimits;
import org.wego.web.RequestIds;

import java.util.concurrent.TimeoutException;

/**
 * Registers one reverse-proxy route per configured prefix (Vert.x http-proxy: streaming bodies, hop-by-hop headers
 * dropped). Security has already run on the router by then; this adds forwarding headers and turns an unreachable
 * or silent upstream into problem+json 503/504 instead of the library's bare 502.
 */
@Singleton
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    private final GatewayConfig config;
    private final Vertx vertx;
    private final RateLimits limits;
    private final AccessLog accessLog;

    public ProxyRoutes(GatewayConfig config, Vertx vertx, RateLimits limits, AccessLog accessLog) {
        this.config = config;
        this.vertx = vertx;
        this.limits = limits;
        this.accessLog = accessLog;
    }

    void register(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(64).setKeepAlive(true).setConnectTimeout(2000));
        config.routes().forEach((name, route) -> {
            String host = route.upstream().getHost();
            int port = route.upstream().getPort() > 0 ? route.upstream().getPort() : 80;
            long timeoutMs = route.timeout().toMillis();
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, c) -> c.request(new RequestOptions()
                            .setHost(host).setPort(port).setIdleTimeout(timeoutMs)))
                    .addInterceptor(new Forwarding(name));
            // Security (token, permissions) has run on the router before these handlers; quotas need its identity.
            router.route(route.prefix()).handler(rc -> {
                accessLog.track(rc, name);
                if (limits.admit(rc)) {
                    proxy.handle(rc.request());
                }
            });
            router.route(route.prefix() + "/*").handler(rc -> {
                accessLog.track(rc, name);
                if (limits.admit(rc)) {
                    proxy.handle(rc.request());
                }
            });
            LOG.infof("route %s: %s/** -> %s", name, route.prefix(), route.upstream());
        });
    }

    /** Per-request work around the library's proxying. */
    private record Forwarding(String upstreamName) implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            var headers = context.request().headers();
            headers.set("X-Forwarded-For", forwardedFor(incoming));
            headers.set("X-Forwarded-Proto", incoming.scheme());
            headers.set("X-Forwarded-Host", incoming.authority() == null ? "" : incoming.authority().toString());
            // RequestIdFilter already normalised it on the incoming request; make sure upstream sees the same id.
            headers.set(RequestIds.HEADER, incoming.getHeader(RequestIds.HEADER));
            return context.sendRequest().recover(failure -> {
                boolean timedOut = failure instanceof TimeoutException
                        || failure.getClass().getSimpleName().contains("Timeout");
                LOG.warnf("upstream %s failed for %s %s (request %s): %s", upstreamName, incoming.method(),
                        incoming.path(), incoming.getHeader(RequestIds.HEADER), failure.toString());
                return Future.succeededFuture(problem(context, timedOut ? 504 : 503, timedOut
                        ? "The " + upstreamName + " service did not answer in time"
                        : "The " + upstreamName + " service is unavailable; try again shortly"));
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
