package org.wego.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The idempotent-consumer log. Claiming an event id happens in the same transaction as applying the event, so a
 * redelivery after a crash either sees the claim (and skips) or finds both rolled back (and applies again).
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    public ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /** @return true the first time {@code consumer} sees {@code eventId}, false for every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String consumer, String eventId) {
        int inserted = em.createNativeQuery("insert into processed_event (consumer, event_id) values (:c, :e) "
                        + "on conflict do nothing")
                .setParameter("c", consumer).setParameter("e", eventId).executeUpdate();
        return inserted == 1;
    }

    public long count(String consumer) {
        return ((Number) em.createNativeQuery("select count(*) from processed_event where consumer = :c")
                .setParameter("c", consumer).getSingleResult()).longValue();
    }
}
