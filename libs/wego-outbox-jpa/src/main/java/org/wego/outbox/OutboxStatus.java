package org.wego.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.wego.events.relay.RelayGauges;
import org.wego.events.relay.RelayOperations;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The PostgreSQL outbox for operators: how many wait, how many are parked, since when the oldest waits (gauges
 * refreshed on every relay tick), the parked rows, and their re-drive.
 */
@ApplicationScoped
public class OutboxStatus implements RelayOperations {

    /** Fired after a re-drive; the relay wakes up for it. */
    public record Redriven(int rows) {
    }

    private static final Logger LOG = Logger.getLogger(OutboxStatus.class);

    private final EntityManager em;
    private final Event<Redriven> redriven;
    private final AtomicReference<Figures> last = new AtomicReference<>(new Figures(0, 0, 0, 0));

    public OutboxStatus(EntityManager em, MeterRegistry registry, Event<Redriven> redriven) {
        this.em = em;
        this.redriven = redriven;
        RelayGauges.register(registry, last::get);
    }

    @Override
    public Figures lastFigures() {
        return last.get();
    }

    void refresh() {
        try {
            QuarkusTransaction.requiringNew().timeout(10).call(this::figures);
        } catch (RuntimeException e) {
            LOG.debugf("outbox figures not refreshed: %s", e.getMessage());
        }
    }

    @Override
    public Figures figures() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery("select count(*) filter (where published_at is null), "
                    + "count(*) filter (where parked_at is not null and published_at is null), "
                    + "count(*) filter (where published_at is not null), "
                    + "min(occurred_at) filter (where published_at is null) from outbox_event").getSingleResult();
            Figures figures = Figures.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), row[3] == null ? null : toInstant(row[3]));
            last.set(figures);
            return figures;
        });
    }

    @Override
    public List<Parked> parked(int limit) {
        return QuarkusTransaction.joiningExisting().call(() ->
                OutboxEvent.<OutboxEvent>find("publishedAt is null and parkedAt is not null order by seq")
                        .page(0, limit).list().stream()
                        .map(e -> new Parked(e.eventId.toString(), e.type, e.key, e.keySequence, e.occurredAt,
                                e.parkedAt, e.attempts, e.lastError))
                        .toList());
    }

    @Override
    public int redrive(String eventId) {
        String where = "publishedAt is null and parkedAt is not null" + (eventId == null ? "" : " and eventId = ?1");
        int rows = QuarkusTransaction.requiringNew().call(() -> eventId == null
                ? OutboxEvent.update("parkedAt = null, attempts = 0, nextAttemptAt = null where " + where)
                : OutboxEvent.update("parkedAt = null, attempts = 0, nextAttemptAt = null where " + where,
                UUID.fromString(eventId)));
        redriven.fire(new Redriven(rows));
        return rows;
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
