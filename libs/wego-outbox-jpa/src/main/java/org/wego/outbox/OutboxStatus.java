package org.wego.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What operators ask first when events seem late: how many wait, how many are parked, since when the oldest waits —
 * as Prometheus gauges ({@code wego_outbox_pending}, {@code wego_outbox_parked}, {@code wego_outbox_oldest_pending_seconds})
 * refreshed on every relay tick (a scrape never touches the database), and on demand for the admin endpoint.
 */
@ApplicationScoped
public class OutboxStatus {

    private static final Logger LOG = Logger.getLogger(OutboxStatus.class);

    public record Snapshot(long pending, long parked, long published, Instant oldestPending) {
        public long oldestPendingSeconds() {
            return oldestPending == null ? 0 : Math.max(0, Duration.between(oldestPending, Instant.now()).toSeconds());
        }
    }

    /** A parked row as the admin endpoint shows it. */
    public record ParkedEvent(UUID eventId, String type, String key, Long sequence, Instant occurredAt,
                              Instant parkedAt, int attempts, String lastError) {
    }

    private final EntityManager em;
    private final AtomicReference<Snapshot> last = new AtomicReference<>(new Snapshot(0, 0, 0, null));

    public OutboxStatus(EntityManager em, MeterRegistry registry) {
        this.em = em;
        Gauge.builder("wego_outbox_pending", last, s -> s.get().pending())
                .description("Outbox events not yet acknowledged by Kafka (parked ones included)").register(registry);
        Gauge.builder("wego_outbox_parked", last, s -> s.get().parked())
                .description("Outbox events the relay gave up on; their keys wait for a re-drive").register(registry);
        Gauge.builder("wego_outbox_oldest_pending_seconds", last, s -> s.get().oldestPendingSeconds())
                .description("Age of the oldest outbox event still waiting").register(registry);
    }

    /** The figures of the last refresh (no database access). */
    public Snapshot last() {
        return last.get();
    }

    void refresh() {
        try {
            last.set(QuarkusTransaction.requiringNew().timeout(10).call(this::snapshot));
        } catch (RuntimeException e) {
            LOG.debugf("outbox figures not refreshed: %s", e.getMessage());
        }
    }

    public Snapshot snapshot() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*) filter (where published_at is null), "
                + "count(*) filter (where parked_at is not null and published_at is null), "
                + "count(*) filter (where published_at is not null), "
                + "min(occurred_at) filter (where published_at is null) from outbox_event").getSingleResult();
        Snapshot snapshot = new Snapshot(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), row[3] == null ? null : toInstant(row[3]));
        last.set(snapshot);
        return snapshot;
    }

    public List<ParkedEvent> parked(int limit) {
        return OutboxEvent.<OutboxEvent>find("publishedAt is null and parkedAt is not null order by seq")
                .page(0, limit).list().stream()
                .map(e -> new ParkedEvent(e.eventId, e.type, e.key, e.keySequence, e.occurredAt, e.parkedAt,
                        e.attempts, e.lastError))
                .toList();
    }

    /** Puts parked rows back in line (all, or one); they and the rows waiting behind them go on the next pass. */
    public int redrive(UUID eventId) {
        String where = "publishedAt is null and parkedAt is not null" + (eventId == null ? "" : " and eventId = ?1");
        return eventId == null
                ? OutboxEvent.update("parkedAt = null, attempts = 0, nextAttemptAt = null where " + where)
                : OutboxEvent.update("parkedAt = null, attempts = 0, nextAttemptAt = null where " + where, eventId);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
