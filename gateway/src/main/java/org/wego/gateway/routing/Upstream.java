package org.wego.gateway.routing;

import io.smallrye.faulttolerance.api.TypedGuard;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.StreamResetException;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.util.TypeLiteral;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.net.ConnectException;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * One upstream service as the gateway sees it: where it is, how long it may take, how often to retry reaching it,
 * and its circuit breaker (SmallRye Fault Tolerance). Retries happen only for idempotent methods and only when no
 * connection could be made, so a request is never delivered twice. The breaker counts failures to connect, timeouts
 * and 502/503/504 answers; while it is open the gateway answers 503 at once instead of queueing on a dead service.
 */
public final class Upstream {

    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);

    /** The upstream answered, but with a status the breaker counts as a failure; the answer is still relayed. */
    static final class FailedAnswer extends RuntimeException {
        final transient ProxyResponse response;

        FailedAnswer(ProxyResponse response) {
            super("upstream answered " + response.getStatusCode(), null, false, false);
            this.response = response;
        }
    }

    /**
     * The caller went away mid-exchange (the proxied stream is reset): not the upstream's fault, so the breaker
     * skips it — otherwise a load balancer's health probes or impatient clients could open the circuit.
     */
    static final class CallerGone extends RuntimeException {
        CallerGone(Throwable cause) {
            super("caller closed the connection: " + cause, cause, false, false);
        }
    }

    /** No connection after every allowed attempt. */
    static final class Unreachable extends RuntimeException {
        final int attempts;

        Unreachable(int attempts, Throwable cause) {
            super("unreachable after " + attempts + " attempt(s): " + cause, cause, false, false);
            this.attempts = attempts;
        }
    }

    private final String name;
    private final GatewayConfig.Route route;
    private final Vertx vertx;
    private final TypedGuard<CompletionStage<ProxyResponse>> breaker;

    Upstream(String name, GatewayConfig.Route route, Vertx vertx) {
        this.name = name;
        this.route = route;
        this.vertx = vertx;
        GatewayConfig.Breaker b = route.breaker();
        this.breaker = TypedGuard.create(new TypeLiteral<CompletionStage<ProxyResponse>>() {
                })
                .withDescription("upstream " + name)
                // The proxied exchange is already non-blocking on the event loop; offloading would add a thread hop.
                .withThreadOffload(false)
                .withCircuitBreaker()
                .requestVolumeThreshold(b.window())
                .failureRatio(b.failureRatio())
                .delay(b.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(1)
                .skipOn(CallerGone.class)
                .done()
                .build();
    }

    String name() {
        return name;
    }

    long breakerDelaySeconds() {
        return Math.max(1, route.breaker().delay().toSeconds());
    }

    /** A connection to the upstream for one proxied request; idempotent methods retry with backoff. */
    Future<HttpClientRequest> connect(HttpClient client, HttpMethod method) {
        RequestOptions options = new RequestOptions()
                .setHost(route.upstream().getHost())
                .setPort(route.upstream().getPort() > 0 ? route.upstream().getPort() : 80)
                .setIdleTimeout(route.timeout().toMillis());
        int allowed = IDEMPOTENT.contains(method) ? 1 + route.retries() : 1;
        return attempt(client, options, 1, allowed);
    }

    private Future<HttpClientRequest> attempt(HttpClient client, RequestOptions options, int attempt, int allowed) {
        return client.request(options).recover(failure -> {
            if (attempt >= allowed || !(failure instanceof ConnectException)) {
                return Future.failedFuture(new Unreachable(attempt, failure));
            }
            Promise<HttpClientRequest> next = Promise.promise();
            long backoff = route.retryBackoff().toMillis() << (attempt - 1);
            vertx.setTimer(Math.max(1, backoff), t -> attempt(client, options, attempt + 1, allowed).onComplete(next));
            return next.future();
        });
    }

    /** Sends through the breaker; 502/503/504 answers count as failures but are still relayed to the client. */
    Future<ProxyResponse> send(Supplier<Future<ProxyResponse>> send) {
        CompletionStage<ProxyResponse> guarded;
        try {
            guarded = breaker.get(() -> send.get()
                    .compose(r -> r.getStatusCode() >= 502 && r.getStatusCode() <= 504
                            ? Future.failedFuture(new FailedAnswer(r)) : Future.succeededFuture(r),
                            failure -> Future.failedFuture(failure instanceof StreamResetException
                                    ? new CallerGone(failure) : failure))
                    .toCompletionStage());
        } catch (Exception e) {
            return Future.failedFuture(e);
        }
        return Future.fromCompletionStage(guarded, vertx.getOrCreateContext()).recover(failure -> {
            Throwable cause = unwrap(failure);
            return cause instanceof FailedAnswer answer ? Future.succeededFuture(answer.response)
                    : Future.failedFuture(cause);
        });
    }

    static boolean isOpenCircuit(Throwable failure) {
        return unwrap(failure) instanceof CircuitBreakerOpenException;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
