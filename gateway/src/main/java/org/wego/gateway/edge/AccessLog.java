package org.wego.gateway.edge;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.vertx.http.runtime.filters.accesslog.AccessLogReceiver;
import io.quarkus.vertx.http.runtime.filters.accesslog.DefaultAccessLogReceiver;
import io.quarkus.vertx.http.runtime.filters.accesslog.JBossLoggingAccessLogReceiver;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.wego.gateway.routing.GatewayConfig;
import org.wego.gateway.routing.RouteTable;
import org.wego.gateway.security.Caller;
import org.wego.web.RequestIds;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One access-log line per request (request id, client, route, method, path, status, latency), refusals included, and
 * a Prometheus timer per route, method and status ({@code wego_gateway_requests_seconds}). It starts timing right
 * after the request id is set, before limits and security, so a 401, 403, 413 or 429 is logged like a proxied answer.
 *
 * <p>With {@code wego.gateway.access-log-dir} set, lines go to a daily rotated file through Quarkus' own batching
 * receiver (the one behind {@code quarkus.http.access-log.log-to-file}): the event loop only queues the line, one
 * thread writes whole batches a few times a second. Through the logging system every line wakes the async handler's
 * thread and copies the MDC: 10% of the gateway's CPU per request when profiled under bench/gateway.sh, a price worth
 * paying only where a container platform collects the console.
 */
@Singleton
public class AccessLog {

    static final String CATEGORY = "wego.gateway.access";
    private static final Set<HttpMethod> KNOWN_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);
    /** How long a line may wait in memory before it is written to the access-log file. */
    static final long WRITE_DELAY_MILLIS = 200;

    private final MeterRegistry registry;
    /** One timer per route, method and status, looked up by a plain string instead of building tags per request. */
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();
    private final AccessLogReceiver receiver;
    private final RouteTable routes;
    private final ScheduledExecutorService writer;

    public AccessLog(MeterRegistry registry, GatewayConfig config, RouteTable routes) {
        this.registry = registry;
        this.routes = routes;
        if (config.accessLogDir().isPresent()) {
            this.writer = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "access-log-writer");
                thread.setDaemon(true);
                return thread;
            });
            // The receiver asks for a write as soon as a line waits; deferring that write lets lines gather, so the
            // writer wakes a few times a second instead of once per request (measured 3% of the CPU per request).
            Executor gathering = write -> writer.schedule(write, WRITE_DELAY_MILLIS, TimeUnit.MILLISECONDS);
            this.receiver = new DefaultAccessLogReceiver(gathering, directory(config.accessLogDir().get()),
                    "gateway-access.", "log", true);
        } else {
            this.writer = null;
            this.receiver = new JBossLoggingAccessLogReceiver(CATEGORY);
        }
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 15).handler(this::track);
    }

    private void track(RoutingContext rc) {
        long started = System.nanoTime();
        RouteTable.Named named = routes.of(rc.request().path());
        String route = named == null ? "-" : named.name();
        rc.addEndHandler(done -> {
            long nanos = System.nanoTime() - started;
            int status = rc.response().getStatusCode();
            // Any token is a valid HTTP method: unknown ones share one tag, or a client could mint meters at will.
            String method = KNOWN_METHODS.contains(rc.request().method()) ? rc.request().method().name() : "OTHER";
            timers.computeIfAbsent(route + ' ' + method + ' ' + status, k -> Timer.builder("wego.gateway.requests")
                            .tag("route", route).tag("method", method).tag("status", Integer.toString(status))
                            .register(registry))
                    .record(nanos, TimeUnit.NANOSECONDS);
            // Built by hand: a general-purpose pattern formatter cost a third of the gateway's CPU per request.
            receiver.logMessage(new StringBuilder(160).append(rc.request().getHeader(RequestIds.HEADER)).append(' ')
                    .append(client(rc)).append(' ').append(route).append(' ').append(method).append(' ')
                    .append(rc.request().path()).append(' ').append(status).append(' ')
                    .append((nanos / 100_000) / 10.0).append("ms").toString());
        });
        rc.next();
    }

    // Created at start, so a wrong setting stops the gateway at once instead of losing every line later.
    private static Path directory(String dir) {
        try {
            return Files.createDirectories(Path.of(dir));
        } catch (IOException e) {
            throw new IllegalStateException("wego.gateway.access-log-dir " + dir + " cannot be created: " + e, e);
        }
    }

    /** Writes what is still queued (the file receiver), so a stopping gateway does not lose its last lines. */
    @PreDestroy
    void flush() throws IOException, InterruptedException {
        if (receiver instanceof Closeable closeable) {
            closeable.close();
        }
        if (writer != null) {
            writer.shutdown();
            writer.awaitTermination(2, TimeUnit.SECONDS);
        }
    }

    private static String client(RoutingContext rc) {
        Caller caller = Caller.of(rc.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null);
        if (caller != null) {
            return caller.label();
        }
        return rc.request().remoteAddress() == null ? "-" : "anonymous@" + rc.request().remoteAddress().host();
    }
}
