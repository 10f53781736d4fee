package org.wego.events.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.wego.events.InboundEvent;
import org.wego.events.MalformedEventException;
import org.wego.web.Transients;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies a consumed event until it sticks, as long as the failures are transient (database away, lock timeout,
 * connection reset): exponential backoff, no limit on attempts, so an outage delays events but never loses them.
 * Anything else is rethrown at once and the connector dead-letters the record. While a record is retried its
 * partition waits behind it — per-aggregate order is the promise, so nothing may overtake it.
 *
 * <p>SmallRye Fault Tolerance's programmatic retry does the backoff; this class only decides what is transient and
 * reports it ({@code wego_consumer_retries_total}, {@code wego_consumer_retrying}).
 */
@ApplicationScoped
public class EventRetry {

    private static final Logger LOG = Logger.getLogger(EventRetry.class);

    private final Guard guard;
    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, AtomicInteger> retrying = new ConcurrentHashMap<>();

    public EventRetry(MeterRegistry registry,
                      @ConfigProperty(name = "wego.consumer.retry.initial-delay", defaultValue = "100ms") Duration initial,
                      @ConfigProperty(name = "wego.consumer.retry.max-delay", defaultValue = "5s") Duration max) {
        this.registry = registry;
        this.guard = Guard.create()
                .withDescription("consumer retry")
                .withRetry()
                .maxRetries(-1)
                .maxDuration(0, ChronoUnit.MILLIS)
                .delay(initial.toMillis(), ChronoUnit.MILLIS)
                .jitter(Math.max(1, initial.toMillis() / 2), ChronoUnit.MILLIS)
                .whenException(EventRetry::retryable)
                .withExponentialBackoff().factor(2).maxDelay(max.toMillis(), ChronoUnit.MILLIS).done()
                .done()
                .build();
    }

    /** Runs {@code attempt} (one whole try, e.g. one transaction) until it succeeds or fails permanently. */
    public void untilApplied(String consumer, InboundEvent event, Runnable attempt) {
        untilApplied(consumer, "event " + event.id() + " (" + event.type() + ")", attempt);
    }

    /** As above; {@code what} names the work in log lines. */
    public void untilApplied(String consumer, String what, Runnable attempt) {
        AtomicInteger inRetry = retrying.computeIfAbsent(consumer, c -> {
            AtomicInteger gauge = new AtomicInteger();
            registry.gauge("wego_consumer_retrying", List.of(Tag.of("consumer", c)), gauge);
            return gauge;
        });
        Counter retries = registry.counter("wego_consumer_retries_total", "consumer", consumer);
        AtomicInteger tries = new AtomicInteger();
        boolean applied = false;
        try {
            guard.get(() -> {
                int n = tries.incrementAndGet();
                try {
                    attempt.run();
                    return null;
                } catch (RuntimeException e) {
                    if (retryable(e)) {
                        if (n == 1) {
                            inRetry.incrementAndGet();
                        }
                        retries.increment();
                        if (n == 1 || n % 20 == 0) {
                            LOG.warnf("%s: %s not applied yet, attempt %d, retrying with backoff: %s",
                                    consumer, what, n, rootMessage(e));
                        }
                    }
                    throw e;
                }
            }, Void.class);
            applied = true;
        } finally {
            if (tries.get() > 1) {
                inRetry.decrementAndGet();
                if (applied) {
                    LOG.infof("%s: %s applied after %d attempts", consumer, what, tries.get());
                }
            }
        }
    }

    /** An outage, and not an event that is broken in itself (which may wrap, say, a JSON parser's IOException). */
    static boolean retryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MalformedEventException) {
                return false;
            }
        }
        return Transients.isTransient(failure);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
