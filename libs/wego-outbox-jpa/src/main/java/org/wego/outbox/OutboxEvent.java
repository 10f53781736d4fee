package org.wego.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wego.events.OutboundEvent;

import java.time.Instant;
import java.util.UUID;

/** A domain event waiting in the same database as the state change that caused it, until the relay sends it. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_key", nullable = false)
    public String key;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String source;

    public String subject;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String payload;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Failed sends of this row that were the row's own fault (too large, refused); the broker being away is not. */
    public int attempts;

    /** Position among the events of its key (CloudEvents {@code sequence}); null for rows older than the numbering. */
    @Column(name = "key_sequence")
    public Long keySequence;

    /** Not before this time (backoff after a failed send). */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** Set when the relay gave up on the row: it and the later rows of its key wait for an operator's re-drive. */
    @Column(name = "parked_at")
    public Instant parkedAt;

    @Column(name = "last_error")
    public String lastError;

    OutboundEvent toOutbound() {
        return new OutboundEvent(eventId.toString(), type, source, subject, occurredAt, topic, key, keySequence, payload);
    }
}
