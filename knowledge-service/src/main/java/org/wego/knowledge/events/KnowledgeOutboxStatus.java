package org.wego.knowledge.events;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.Document;
import org.jboss.logging.Logger;
import org.wego.knowledge.domain.resource.KnowledgeResource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The knowledge relay's figures, as the PostgreSQL services report theirs ({@code wego_outbox_pending},
 * {@code wego_outbox_parked}, {@code wego_outbox_oldest_pending_seconds}), the parked events, and their re-drive.
 * Only documents with waiting events are read (the {@code pendingSince} index).
 */
@ApplicationScoped
public class KnowledgeOutboxStatus {

    private static final Logger LOG = Logger.getLogger(KnowledgeOutboxStatus.class);

    public record Snapshot(long pending, long parked, Instant oldestPending) {
        public long oldestPendingSeconds() {
            return oldestPending == null ? 0 : Math.max(0, Duration.between(oldestPending, Instant.now()).toSeconds());
        }
    }

    public record ParkedEvent(String eventId, String type, String resource, Long sequence, Instant parkedAt,
                              int attempts, String lastError) {
    }

    private final AtomicReference<Snapshot> last = new AtomicReference<>(new Snapshot(0, 0, null));

    public KnowledgeOutboxStatus(MeterRegistry registry) {
        Gauge.builder("wego_outbox_pending", last, s -> s.get().pending())
                .description("Knowledge events not yet acknowledged by Kafka (parked ones included)").register(registry);
        Gauge.builder("wego_outbox_parked", last, s -> s.get().parked())
                .description("Knowledge events the relay gave up on; their resources wait for a re-drive").register(registry);
        Gauge.builder("wego_outbox_oldest_pending_seconds", last, s -> s.get().oldestPendingSeconds())
                .description("Age of the oldest knowledge event still waiting").register(registry);
    }

    public Snapshot last() {
        return last.get();
    }

    void refresh() {
        try {
            snapshot();
        } catch (RuntimeException e) {
            LOG.debugf("knowledge outbox figures not refreshed: %s", e.getMessage());
        }
    }

    public Snapshot snapshot() {
        long pending = 0;
        long parked = 0;
        Instant oldest = null;
        for (KnowledgeResource r : KnowledgeResource.<KnowledgeResource>mongoCollection().find(Filters.exists("pendingSince"))) {
            pending += r.pendingEvents.size();
            parked += r.pendingEvents.stream().filter(e -> e.get("parkedAt") != null).count();
            if (r.pendingSince != null && (oldest == null || r.pendingSince.isBefore(oldest))) {
                oldest = r.pendingSince;
            }
        }
        Snapshot snapshot = new Snapshot(pending, parked, oldest);
        last.set(snapshot);
        return snapshot;
    }

    public List<ParkedEvent> parked(int limit) {
        List<ParkedEvent> parked = new ArrayList<>();
        for (KnowledgeResource r : KnowledgeResource.<KnowledgeResource>mongoCollection().find(Filters.exists("pendingSince"))) {
            for (Document e : r.pendingEvents) {
                if (e.get("parkedAt") != null && parked.size() < limit) {
                    Object sequence = e.get("sequence");
                    parked.add(new ParkedEvent(e.getString("id"), e.getString("type"), r.id,
                            sequence instanceof Number n ? n.longValue() : null, e.getDate("parkedAt").toInstant(),
                            e.getInteger("attempts", 0), e.getString("lastError")));
                }
            }
        }
        return parked;
    }

    /** Puts parked events back in line (all, or the one with {@code eventId}). */
    public int redrive(String eventId) {
        int count = 0;
        for (ParkedEvent p : parked(10_000)) {
            if (eventId != null && !eventId.equals(p.eventId())) {
                continue;
            }
            count += (int) KnowledgeResource.mongoCollection().updateOne(
                    Filters.and(Filters.eq("_id", p.resource()), Filters.eq("pendingEvents.id", p.eventId())),
                    Updates.combine(Updates.unset("pendingEvents.$.parkedAt"), Updates.unset("pendingEvents.$.nextAttemptAt"),
                            Updates.set("pendingEvents.$.attempts", 0))).getModifiedCount();
        }
        return count;
    }
}
