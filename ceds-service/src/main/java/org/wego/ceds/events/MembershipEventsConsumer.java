package org.wego.ceds.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.wego.ceds.domain.MemberCity;
import org.wego.events.EventPayloads;
import org.wego.events.EventTypes;
import org.wego.events.membership.MemberAdmittedV1;
import org.wego.outbox.EventInbox;

/** Applies membership events to {@link MemberCity}, once per event id; bad records go to the dead-letter topic. */
@ApplicationScoped
public class MembershipEventsConsumer {

    static final String CONSUMER = "ceds.member-cities";

    private final EventInbox inbox;

    public MembershipEventsConsumer(EventInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("membership-events")
    @Blocking
    @Transactional
    public void onEvent(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            if (EventTypes.MEMBER_ADMITTED.equals(event.type())) {
                MemberCity.admitted(EventPayloads.read(event, MemberAdmittedV1.class).requireComplete());
            } else if (EventTypes.MEMBER_UPDATED.equals(event.type())) {
                MemberCity.updated(EventPayloads.read(event, org.wego.events.membership.MemberUpdatedV1.class));
            }
        });
    }
}
