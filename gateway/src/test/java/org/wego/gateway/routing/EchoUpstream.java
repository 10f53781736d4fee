package org.wego.gateway.routing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP upstream for the gateway's routing tests: it answers with what it received (method, path, headers,
 * body), and stays silent on paths containing {@code /slow}. A second configured upstream has nothing listening.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    /** Switched through {@code /api/v1/knowledge/flaky-switch?flaky=down|up}; answers of route flaky are 503 while down. */
    private volatile boolean flakyDown;
    private Vertx vertx;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
            if (req.path().contains("/slow")) {
                return; // never answers: the gateway must time out
            }
            if (req.path().endsWith("/flaky-switch")) {
                flakyDown = "down".equals(req.getParam("flaky"));
                req.response().end("flaky " + (flakyDown ? "down" : "up"));
                return;
            }
            if (req.path().startsWith("/api/v1/flaky") && flakyDown) {
                req.response().setStatusCode(503).end("flaky is down");
                return;
            }
            JsonObject headers = new JsonObject();
            req.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
            req.response().putHeader("Content-Type", "application/json")
                    .putHeader("X-Request-Id", String.valueOf(req.getHeader("X-Request-Id")))
                    .end(new JsonObject().put("method", req.method().name()).put("uri", req.uri())
                            .put("headers", headers).put("body", body.toString()).encode());
        }));
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("echo upstream did not start", e);
        }
        String echo = "http://127.0.0.1:" + server.actualPort();
        return Map.ofEntries(
                Map.entry("wego.gateway.routes.flaky.prefix", "/api/v1/flaky"),
                Map.entry("wego.gateway.routes.flaky.upstream", echo),
                Map.entry("wego.gateway.routes.flaky.breaker.window", "4"),
                Map.entry("wego.gateway.routes.flaky.breaker.delay", "1s"),
                Map.entry("wego.gateway.routes.membership.upstream", echo),
                Map.entry("wego.gateway.routes.knowledge.upstream", echo),
                Map.entry("wego.gateway.routes.ceds.upstream", echo),
                Map.entry("wego.gateway.routes.ceds.timeout", "700ms"),
                Map.entry("wego.gateway.routes.awards.upstream", "http://127.0.0.1:" + closedPort()));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
