package org.wego.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;

/** What operators ask first when events seem late: how many wait, how many went, and since when one waits. */
@ApplicationScoped
public class OutboxStatus {

    public record Snapshot(long pending, long published, Instant oldestPending) {
    }

    private final EntityManager em;

    public OutboxStatus(EntityManager em) {
        this.em = em;
    }

    public Snapshot snapshot() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*) filter (where published_at is null), "
                + "count(*) filter (where published_at is not null), "
                + "min(occurred_at) filter (where published_at is null) from outbox_event").getSingleResult();
        Instant oldest = row[2] == null ? null : toInstant(row[2]);
        return new Snapshot(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), oldest);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
