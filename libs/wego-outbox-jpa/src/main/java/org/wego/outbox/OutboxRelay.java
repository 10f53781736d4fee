package org.wego.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.context.ManagedExecutor;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox rows in commit order, at least once. A PostgreSQL advisory lock makes one instance the sender at
 * a time, so several replicas of a service never interleave (and reorder) the events of one aggregate. A row is
 * marked sent only after the broker acknowledged it; if Kafka is away the rows simply wait for the next tick.
 */
@ApplicationScoped
public class OutboxRelay {

    static final int BATCH = 200;
    private static final long RELAY_LOCK = 0x5765474F4F7574L; // "WeGOOut"
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Emitter<String> emitter;
    private final EntityManager em;
    private final ManagedExecutor executor;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean pendingWake = new AtomicBoolean();

    public OutboxRelay(@Channel("wego-outbox") Emitter<String> emitter, EntityManager em, ManagedExecutor executor) {
        this.emitter = emitter;
        this.em = em;
        this.executor = executor;
    }

    /** Right after a commit that recorded events: publish now instead of at the next tick. */
    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Recorded recorded) {
        wake();
    }

    /** The safety net: picks up rows left by a failed send, a crash, or a write made while Kafka was away. */
    @Scheduled(every = "${wego.outbox.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        wake();
    }

    private void wake() {
        pendingWake.set(true);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (pendingWake.getAndSet(false)) {
                int sent;
                do {
                    sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
                } while (sent == BATCH);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay pass failed, the next tick retries: %s", e.getMessage());
        } finally {
            draining.set(false);
        }
        // A wake-up that arrived after the loop ended but before the flag was cleared would otherwise wait a tick.
        if (pendingWake.get() && draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    /** @return how many rows were sent (a full batch means more may be waiting). */
    int relayBatch() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:k)")
                .setParameter("k", RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        List<OutboxEvent> pending = OutboxEvent.find("publishedAt is null order by seq").page(0, BATCH).list();
        if (pending.isEmpty()) {
            return 0;
        }
        // The idempotent producer keeps per-partition order while all records of the batch are in flight.
        List<CompletableFuture<Void>> acks = new ArrayList<>(pending.size());
        for (OutboxEvent event : pending) {
            acks.add(event.toOutbound().sendWith(emitter::send));
        }
        Instant now = Instant.now();
        int sent = 0;
        for (int i = 0; i < pending.size(); i++) {
            OutboxEvent event = pending.get(i);
            try {
                acks.get(i).get(15, TimeUnit.SECONDS);
                event.publishedAt = now;
                sent++;
            } catch (Exception e) {
                event.attempts++;
                LOG.warnf("Outbox event %s (%s) not acknowledged yet, will retry: %s", event.eventId, event.type,
                        e.getMessage());
            }
        }
        return sent == pending.size() ? sent : 0;
    }
}
