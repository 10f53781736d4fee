package org.wego.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.wego.events.InboundEvent;
import org.wego.events.consume.EventHandlers;
import org.wego.events.consume.EventRetry;

/**
 * The receiving half of the backbone for PostgreSQL services: strict CloudEvents parsing, then the event is applied
 * at most once per consumer, in one transaction together with the claim of its id. A transient failure (the
 * database away, a lock timeout) rolls that transaction back and tries again with backoff, for as long as it takes;
 * only an event that can never be applied (malformed, against its schema, an unknown version) is thrown out, and
 * the connector moves the record to the dead-letter topic.
 */
@ApplicationScoped
public class EventInbox {

    private final ProcessedEvents processed;
    private final EventRetry retry;

    public EventInbox(ProcessedEvents processed, EventRetry retry) {
        this.processed = processed;
        this.retry = retry;
    }

    /** Must not run inside a transaction: each attempt is one of its own. */
    public void receive(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        InboundEvent event = InboundEvent.from(record);
        if (!handlers.concerns(event.type())) {
            return;
        }
        retry.untilApplied(consumer, event, () -> QuarkusTransaction.requiringNew().run(() -> {
            if (processed.claim(consumer, event.id())) {
                handlers.apply(event);
            }
        }));
    }
}
