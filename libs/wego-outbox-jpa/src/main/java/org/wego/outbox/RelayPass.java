package org.wego.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;
import org.wego.events.SendFailures;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One pass of the outbox relay, inside the caller's transaction:
 * <ol>
 * <li>a PostgreSQL advisory lock makes one instance the sender at a time (replicas never send a row twice, nor
 *     interleave an aggregate's events);</li>
 * <li>the due rows are read in commit order — not parked, not backing off, and with no older row of the same key
 *     still waiting (per-key order is the promise, so a key stuck behind a failing row waits while other keys flow);</li>
 * <li>rows of one key are sent one after the other, each only once the broker acknowledged the one before; keys are
 *     sent side by side;</li>
 * <li>the pass waits for acknowledgements until its budget is spent, then records what it knows: sent rows are
 *     marked, rows the broker refused back off (and are parked after {@code wego.outbox.max-attempts} refusals, or at
 *     once when the refusal can never change, e.g. a record too large for the topic), and rows still in flight stay
 *     in flight — a later pass waits on the same send instead of sending the row again.</li>
 * </ol>
 * The broker being away is nobody's fault: those rows are neither counted nor parked, they simply wait.
 */
@ApplicationScoped
public class RelayPass {

    static final int BATCH = 200;
    private static final long RELAY_LOCK = 0x5765474F4F7574L; // "WeGOOut"
    private static final Logger LOG = Logger.getLogger(RelayPass.class);

    static final String DUE_ROWS = "select o.* from outbox_event o "
            + "where o.published_at is null and o.parked_at is null "
            + "and (o.next_attempt_at is null or o.next_attempt_at <= now()) "
            + "and not exists (select 1 from outbox_event e where e.topic = o.topic and e.event_key = o.event_key "
            + "and e.published_at is null and e.seq < o.seq and (e.parked_at is not null or e.next_attempt_at > now())) "
            + "order by o.seq limit " + BATCH;

    /** What one pass did. */
    public record Result(int selected, int sent) {
        boolean sentAll() {
            return sent == selected;
        }
    }

    /** Marks a row whose predecessor of the same key did not go: it was not tried, so it is not at fault. */
    private static final class KeyWaits extends RuntimeException {
        KeyWaits() {
            super(null, null, false, false);
        }
    }

    private final Emitter<String> emitter;
    private final EntityManager em;
    private final Duration budget;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration maxBackoff;
    /** Sends still with the producer, by event id, so that a later pass waits on them instead of sending twice. */
    private final Map<UUID, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();

    public RelayPass(@Channel("wego-outbox") Emitter<String> emitter, EntityManager em,
                     @ConfigProperty(name = "wego.outbox.pass-budget", defaultValue = "10s") Duration budget,
                     @ConfigProperty(name = "wego.outbox.max-attempts", defaultValue = "5") int maxAttempts,
                     @ConfigProperty(name = "wego.outbox.backoff", defaultValue = "1s") Duration backoff,
                     @ConfigProperty(name = "wego.outbox.max-backoff", defaultValue = "5m") Duration maxBackoff) {
        this.emitter = emitter;
        this.em = em;
        this.budget = budget;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
        this.maxBackoff = maxBackoff;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Result run() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:k)")
                .setParameter("k", RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new Result(0, 0);
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> due = em.createNativeQuery(DUE_ROWS, OutboxEvent.class).getResultList();
        if (due.isEmpty()) {
            return new Result(0, 0);
        }
        Map<OutboxEvent, CompletableFuture<Void>> sends = sendInKeyOrder(due);
        awaitWithin(sends);
        return record(due, sends);
    }

    private Map<OutboxEvent, CompletableFuture<Void>> sendInKeyOrder(List<OutboxEvent> due) {
        Map<String, CompletableFuture<Void>> lastOfKey = new LinkedHashMap<>();
        Map<OutboxEvent, CompletableFuture<Void>> sends = new LinkedHashMap<>();
        for (OutboxEvent row : due) {
            CompletableFuture<Void> before = lastOfKey.getOrDefault(row.topic + '\u0000' + row.key,
                    CompletableFuture.completedFuture(null));
            CompletableFuture<Void> mine = before.handle((ok, failed) -> failed == null ? send(row)
                    : CompletableFuture.<Void>failedFuture(new KeyWaits())).thenCompose(f -> f);
            lastOfKey.put(row.topic + '\u0000' + row.key, mine);
            sends.put(row, mine);
        }
        return sends;
    }

    private CompletableFuture<Void> send(OutboxEvent row) {
        return inFlight.computeIfAbsent(row.eventId, id -> {
            try {
                return row.toOutbound().sendWith(emitter::send);
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
        });
    }

    private void awaitWithin(Map<OutboxEvent, CompletableFuture<Void>> sends) {
        try {
            CompletableFuture.allOf(sends.values().toArray(CompletableFuture[]::new))
                    .get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Some sends failed or are still in flight; each row's own future says which below.
        }
    }

    private Result record(List<OutboxEvent> due, Map<OutboxEvent, CompletableFuture<Void>> sends) {
        Instant now = Instant.now();
        int sent = 0;
        List<String> brokerAway = new ArrayList<>();
        for (OutboxEvent row : due) {
            CompletableFuture<Void> send = sends.get(row);
            if (!send.isDone()) {
                continue; // still with the producer: the next pass waits on the same send
            }
            Throwable failure = send.handle((ok, failed) -> failed).join();
            while (failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null) {
                failure = failure.getCause();
            }
            if (failure instanceof KeyWaits) {
                continue;
            }
            inFlight.remove(row.eventId);
            if (failure == null) {
                row.publishedAt = now;
                row.nextAttemptAt = null;
                row.lastError = null;
                sent++;
                continue;
            }
            row.lastError = SendFailures.describe(failure);
            switch (SendFailures.of(failure)) {
                case BROKER_AWAY -> brokerAway.add(row.eventId.toString());
                case ROW_UNSENDABLE -> {
                    row.attempts++;
                    park(row, now);
                }
                case ROW_REFUSED -> {
                    row.attempts++;
                    if (row.attempts >= maxAttempts) {
                        park(row, now);
                    } else {
                        row.nextAttemptAt = now.plus(backoffAfter(row.attempts));
                        LOG.warnf("Outbox event %s (%s, key %s) refused by the broker (attempt %d of %d), retrying at %s: %s",
                                row.eventId, row.type, row.key, row.attempts, maxAttempts, row.nextAttemptAt, row.lastError);
                    }
                }
            }
        }
        if (!brokerAway.isEmpty()) {
            LOG.warnf("Kafka is not reachable: %d outbox events wait for it (e.g. %s)", brokerAway.size(), brokerAway.get(0));
        }
        return new Result(due.size(), sent);
    }

    private void park(OutboxEvent row, Instant now) {
        row.parkedAt = now;
        LOG.errorf("Outbox event %s (%s, key %s) PARKED after %d attempts; later events of this key wait. "
                + "Fix the cause, then re-drive it (POST .../admin/outbox/parked/redrive): %s",
                row.eventId, row.type, row.key, row.attempts, row.lastError);
    }

    Duration backoffAfter(int attempts) {
        long millis = backoff.toMillis() << Math.min(20, attempts - 1);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
