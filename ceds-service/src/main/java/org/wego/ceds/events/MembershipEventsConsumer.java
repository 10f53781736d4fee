package org.wego.ceds.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.wego.ceds.domain.MemberCity;
import org.wego.events.EventPayloads;
import org.wego.events.EventTypes;
import org.wego.events.InboundEvent;
import org.wego.events.MalformedEventException;
import org.wego.events.membership.MemberAdmittedV1;
import org.wego.outbox.ProcessedEvents;

import java.time.Instant;

/**
 * Applies membership events to {@link MemberCity}, once per event id. A record that cannot be parsed or applied
 * fails the message, and the connector moves it to {@code wego.membership.events.dlq} so the partition goes on.
 */
@ApplicationScoped
public class MembershipEventsConsumer {

    static final String CONSUMER = "ceds.member-cities";

    private final ProcessedEvents processed;

    public MembershipEventsConsumer(ProcessedEvents processed) {
        this.processed = processed;
    }

    @Incoming("membership-events")
    @Blocking
    @Transactional
    public void onEvent(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        if (!processed.claim(CONSUMER, event.id())) {
            return;
        }
        if (EventTypes.MEMBER_ADMITTED.equals(event.type())) {
            admitted(EventPayloads.read(event, MemberAdmittedV1.class));
        }
    }

    private static void admitted(MemberAdmittedV1 payload) {
        if (payload.code() == null || payload.name() == null || payload.country() == null
                || payload.region() == null || payload.type() == null || payload.joinedOn() == null) {
            throw new MalformedEventException("member.admitted without its required fields");
        }
        MemberCity city = MemberCity.findById(payload.code());
        if (city == null) {
            city = new MemberCity();
            city.code = payload.code();
        }
        city.name = payload.name();
        city.country = payload.country();
        city.region = payload.region();
        city.membershipType = payload.type();
        city.joinedOn = payload.joinedOn();
        city.revision++;
        city.updatedAt = Instant.now();
        city.persist();
    }
}
