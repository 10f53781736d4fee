package org.wego.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;

/**
 * Keeps {@code outbox_event} and {@code processed_event} from growing forever: sent rows go after
 * {@code wego.outbox.retention} (default 7 days: long enough to answer "was it sent?"), consumed ids after
 * {@code wego.inbox.retention} (default 30 days: far longer than any redelivery; projections also order by
 * sequence, so an event replayed after that is still harmless). Deletes in bounded batches; idempotent, so every
 * instance may run it.
 */
@ApplicationScoped
public class OutboxCleaner {

    private static final Logger LOG = Logger.getLogger(OutboxCleaner.class);
    static final int BATCH = 5_000;

    public record Cleaned(long outboxRows, long processedIds) {
    }

    private final EntityManager em;
    private final Duration outboxRetention;
    private final Duration inboxRetention;

    public OutboxCleaner(EntityManager em,
                         @ConfigProperty(name = "wego.outbox.retention", defaultValue = "7d") Duration outboxRetention,
                         @ConfigProperty(name = "wego.inbox.retention", defaultValue = "30d") Duration inboxRetention) {
        this.em = em;
        this.outboxRetention = outboxRetention;
        this.inboxRetention = inboxRetention;
    }

    @Scheduled(every = "${wego.outbox.cleanup-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            Cleaned cleaned = clean(Instant.now());
            if (cleaned.outboxRows() + cleaned.processedIds() > 0) {
                LOG.infof("cleaned %d sent outbox rows and %d consumed event ids", cleaned.outboxRows(), cleaned.processedIds());
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox cleanup failed, the next run retries: %s", e.getMessage());
        }
    }

    /** Removes what is older than the retention periods as of {@code now}. */
    public Cleaned clean(Instant now) {
        long outbox = deleteInBatches("delete from outbox_event where seq in (select seq from outbox_event "
                + "where published_at is not null and published_at < :cutoff limit " + BATCH + ")", now.minus(outboxRetention));
        long inbox = deleteInBatches("delete from processed_event where (consumer, event_id) in (select consumer, event_id "
                + "from processed_event where processed_at < :cutoff limit " + BATCH + ")", now.minus(inboxRetention));
        return new Cleaned(outbox, inbox);
    }

    private long deleteInBatches(String sql, Instant cutoff) {
        long total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().timeout(60).call(() ->
                    em.createNativeQuery(sql).setParameter("cutoff", cutoff).executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
