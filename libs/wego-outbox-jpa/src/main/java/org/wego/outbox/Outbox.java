package org.wego.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wego.events.EventPayloads;

import java.time.Instant;
import java.util.UUID;

/**
 * Records a domain event in the caller's transaction. It is published only if that transaction commits, and it is
 * not lost if Kafka is down at that moment: the row waits for {@link OutboxRelay}.
 */
@ApplicationScoped
public class Outbox {

    /** Fired inside the transaction; the relay observes it after a successful commit. */
    public record Recorded(UUID eventId) {
    }

    private final String source;
    private final String topic;
    private final Event<Recorded> recorded;
    private final EntityManager em;

    public Outbox(@ConfigProperty(name = "wego.events.source") String source,
                  @ConfigProperty(name = "wego.events.topic") String topic, Event<Recorded> recorded,
                  EntityManager em) {
        this.source = source;
        this.topic = topic;
        this.recorded = recorded;
        this.em = em;
    }

    /**
     * @param type    CloudEvents type, e.g. {@code org.wego.membership.member.admitted.v1}
     * @param key     aggregate id: Kafka key, so events of one aggregate stay in order
     * @param subject CloudEvents subject, e.g. {@code members/seoul}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String type, String key, String subject, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.key = key;
        event.type = type;
        event.source = source;
        event.subject = subject;
        event.occurredAt = Instant.now();
        event.payload = EventPayloads.toJson(payload);
        event.keySequence = nextSequence(key);
        event.persist();
        recorded.fire(new Recorded(event.eventId));
        return event.eventId;
    }

    /**
     * The next number for this aggregate. The row lock taken here is held to commit, so two transactions recording
     * events for one key commit in the order of their numbers, and the relay (ordered by insertion) sends them so.
     */
    private long nextSequence(String key) {
        Object next = em.createNativeQuery("insert into outbox_key_sequence as s (topic, event_key, last_sequence) "
                        + "values (:topic, :key, 1) on conflict (topic, event_key) "
                        + "do update set last_sequence = s.last_sequence + 1 returning s.last_sequence")
                .setParameter("topic", topic).setParameter("key", key).getSingleResult();
        return ((Number) next).longValue();
    }
}
