package org.wego.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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

    public OutboxRelay(@Channel("wego-outbox") Emitter<String> emitter, EntityManager em) {
        this.emitter = emitter;
        this.em = em;
    }

    @Scheduled(every = "${wego.outbox.poll-interval:0.5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
        } while (sent == BATCH);
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
