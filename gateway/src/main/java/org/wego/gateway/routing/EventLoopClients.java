package org.wego.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One upstream HTTP client (and connection pool) per event loop, so the connection that carries a request upstream
 * lives on the event loop of the request it serves. With one shared pool, Vert.x hands a request whichever idle
 * connection comes first, usually one owned by another loop, and then every write, read and flow-control ack of the
 * exchange hops between threads (profiled under bench/gateway.sh: a wake-up of the other loop several times per
 * request). Calls from outside an event loop (none on the request path) share one client.
 */
final class EventLoopClients {

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final ConcurrentMap<Thread, HttpClient> byLoop = new ConcurrentHashMap<>();
    private final HttpClient shared;

    EventLoopClients(Vertx vertx, HttpClientOptions options) {
        this.vertx = vertx;
        this.options = options;
        this.shared = vertx.createHttpClient(options);
    }

    /** The client of the calling event loop. */
    HttpClient current() {
        if (!Context.isOnEventLoopThread()) {
            return shared;
        }
        return byLoop.computeIfAbsent(Thread.currentThread(), loop -> vertx.createHttpClient(options));
    }

    /** Any client, for the parts of the proxy library that want one but do not connect with it. */
    HttpClient shared() {
        return shared;
    }
}
