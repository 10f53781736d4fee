package org.wego.knowledge.events;

import com.mongodb.client.model.Filters;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.wego.knowledge.domain.resource.KnowledgeResource;

import java.time.Duration;
import java.time.Instant;

/**
 * The knowledge counterpart of the outbox cleanup: tombstones of deleted drafts go once their
 * {@code resource.deleted} event has left and {@code wego.outbox.retention} has passed (feeds that report
 * deletions have had that long to see them), and the relay's sent-event markers after the same period.
 * Idempotent, so every instance may run it.
 */
@ApplicationScoped
public class KnowledgeCleaner {

    private static final Logger LOG = Logger.getLogger(KnowledgeCleaner.class);

    public record Cleaned(long tombstones, long relayMarkers) {
    }

    private final Duration retention;

    public KnowledgeCleaner(@ConfigProperty(name = "wego.outbox.retention", defaultValue = "7d") Duration retention) {
        this.retention = retention;
    }

    @Scheduled(every = "${wego.outbox.cleanup-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            Cleaned cleaned = clean(Instant.now());
            if (cleaned.tombstones() + cleaned.relayMarkers() > 0) {
                LOG.infof("cleaned %d tombstones and %d relay markers", cleaned.tombstones(), cleaned.relayMarkers());
            }
        } catch (RuntimeException e) {
            LOG.warnf("knowledge cleanup failed, the next run retries: %s", e.getMessage());
        }
    }

    public Cleaned clean(Instant now) {
        Instant cutoff = now.minus(retention);
        long tombstones = KnowledgeResource.mongoCollection().deleteMany(Filters.and(Filters.eq("status", "DELETED"),
                Filters.exists("pendingSince", false), Filters.lt("updatedAt", cutoff))).getDeletedCount();
        long markers = RelayedEvent.mongoCollection().deleteMany(Filters.lt("sentAt", cutoff)).getDeletedCount();
        return new Cleaned(tombstones, markers);
    }
}
