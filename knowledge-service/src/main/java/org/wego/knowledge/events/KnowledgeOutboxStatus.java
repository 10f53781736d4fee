package org.wego.knowledge.events;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.bson.Document;
import org.jboss.logging.Logger;
import org.wego.events.relay.RelayGauges;
import org.wego.events.relay.RelayOperations;
import org.wego.knowledge.domain.resource.KnowledgeResource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The knowledge relay for operators, as the PostgreSQL services report theirs: figures (gauges refreshed on every
 * relay tick), parked events, their re-drive. Only documents with waiting events are read (the {@code pendingSince}
 * index); sent events are not kept, so there is no published count.
 */
@ApplicationScoped
public class KnowledgeOutboxStatus implements RelayOperations {

    /** Fired after a re-drive; the relay wakes up for it. */
    public record Redriven(int events) {
    }

    private static final Logger LOG = Logger.getLogger(KnowledgeOutboxStatus.class);

    private final Event<Redriven> redriven;
    private final AtomicReference<Figures> last = new AtomicReference<>(new Figures(0, 0, -1, 0));

    public KnowledgeOutboxStatus(MeterRegistry registry, Event<Redriven> redriven) {
        this.redriven = redriven;
        RelayGauges.register(registry, last::get);
    }

    @Override
    public Figures lastFigures() {
        return last.get();
    }

    void refresh() {
        try {
            figures();
        } catch (RuntimeException e) {
            LOG.debugf("knowledge outbox figures not refreshed: %s", e.getMessage());
        }
    }

    @Override
    public Figures figures() {
        long pending = 0;
        long parked = 0;
        Instant oldest = null;
        for (KnowledgeResource r : waiting()) {
            pending += r.pendingEvents.size();
            parked += r.pendingEvents.stream().filter(e -> e.get("parkedAt") != null).count();
            if (r.pendingSince != null && (oldest == null || r.pendingSince.isBefore(oldest))) {
                oldest = r.pendingSince;
            }
        }
        Figures figures = Figures.of(pending, parked, -1, oldest);
        last.set(figures);
        return figures;
    }

    @Override
    public List<Parked> parked(int limit) {
        List<Parked> parked = new ArrayList<>();
        for (KnowledgeResource r : waiting()) {
            for (Document e : r.pendingEvents) {
                if (e.get("parkedAt") != null && parked.size() < limit) {
                    Object sequence = e.get("sequence");
                    parked.add(new Parked(e.getString("id"), e.getString("type"), r.id,
                            sequence instanceof Number n ? n.longValue() : null, Instant.parse(e.getString("time")),
                            e.getDate("parkedAt").toInstant(), e.getInteger("attempts", 0), e.getString("lastError")));
                }
            }
        }
        return parked;
    }

    @Override
    public int redrive(String eventId) {
        int count = 0;
        for (Parked p : parked(10_000)) {
            if (eventId != null && !eventId.equals(p.eventId())) {
                continue;
            }
            count += (int) KnowledgeResource.mongoCollection().updateOne(
                    Filters.and(Filters.eq("_id", p.key()), Filters.eq("pendingEvents.id", p.eventId())),
                    Updates.combine(Updates.unset("pendingEvents.$.parkedAt"), Updates.unset("pendingEvents.$.nextAttemptAt"),
                            Updates.set("pendingEvents.$.attempts", 0))).getModifiedCount();
        }
        redriven.fire(new Redriven(count));
        return count;
    }

    private static Iterable<KnowledgeResource> waiting() {
        return KnowledgeResource.<KnowledgeResource>mongoCollection().find(Filters.exists("pendingSince"));
    }
}
