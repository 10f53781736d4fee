package org.wego.awards.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.wego.awards.domain.MemberCity;
import org.wego.events.EventPayloads;
import org.wego.events.EventTypes;
import org.wego.events.membership.MemberAdmittedV1;
import org.wego.events.membership.MemberStatusChangedV1;
import org.wego.events.membership.MemberUpdatedV1;
import org.wego.outbox.EventInbox;

/** Applies membership events to {@link MemberCity}, once per event id; bad records go to the dead-letter topic. */
@ApplicationScoped
public class MembershipEventsConsumer {

    static final String CONSUMER = "awards.member-cities";

    private final EventInbox inbox;

    public MembershipEventsConsumer(EventInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("membership-events")
    @Blocking
    @Transactional
    public void onEvent(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, event -> {
            switch (event.type()) {
                case EventTypes.MEMBER_ADMITTED ->
                        MemberCity.admitted(EventPayloads.read(event, MemberAdmittedV1.class).requireComplete());
                case EventTypes.MEMBER_STATUS_CHANGED ->
                        MemberCity.statusChanged(EventPayloads.read(event, MemberStatusChangedV1.class).requireComplete());
                case EventTypes.MEMBER_UPDATED ->
                        MemberCity.updated(EventPayloads.read(event, MemberUpdatedV1.class));
                default -> {
                    // other membership events (applications, assemblies) do not concern the awards
                }
            }
        });
    }
}
