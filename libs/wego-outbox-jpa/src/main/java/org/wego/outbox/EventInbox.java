package org.wego.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.wego.events.InboundEvent;

import java.util.function.Consumer;

/**
 * The receiving half of the backbone for PostgreSQL services: strict CloudEvents parsing, then the event is applied
 * at most once per consumer, in the caller's transaction together with the claim of its id. Anything thrown fails
 * the Kafka message, which the connector then moves to the dead-letter topic.
 */
@ApplicationScoped
public class EventInbox {

    private final ProcessedEvents processed;

    public EventInbox(ProcessedEvents processed) {
        this.processed = processed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(String consumer, ConsumerRecord<String, String> record, Consumer<InboundEvent> apply) {
        InboundEvent event = InboundEvent.from(record);
        if (processed.claim(consumer, event.id())) {
            apply.accept(event);
        }
    }
}
