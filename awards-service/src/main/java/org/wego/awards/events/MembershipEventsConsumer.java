package org.wego.awards.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.wego.awards.domain.MemberCity;
import org.wego.events.EventTypes;
import org.wego.events.consume.EventHandlers;
import org.wego.events.membership.MemberAdmittedV1;
import org.wego.events.membership.MemberStandingChangedV1;
import org.wego.events.membership.MemberStatusChangedV1;
import org.wego.events.membership.MemberUpdatedV1;
import org.wego.outbox.EventInbox;

/**
 * Applies membership events to {@link MemberCity}, once per event id; transient failures are retried, records that
 * can never be applied go to the dead-letter topic. Other membership events (applications, assemblies) are skipped.
 */
@ApplicationScoped
public class MembershipEventsConsumer {

    static final String CONSUMER = "awards.member-cities";

    static final EventHandlers HANDLERS = EventHandlers.builder()
            .on(EventTypes.MEMBER_ADMITTED, MemberAdmittedV1.class, (e, p) -> MemberCity.admitted(e, p.requireComplete()))
            .on(EventTypes.MEMBER_STATUS_CHANGED, MemberStatusChangedV1.class,
                    (e, p) -> MemberCity.statusChanged(e, p.requireComplete()))
            .on(EventTypes.MEMBER_STANDING_CHANGED, MemberStandingChangedV1.class,
                    (e, p) -> MemberCity.standingChanged(e, p.requireComplete()))
            .on(EventTypes.MEMBER_UPDATED, MemberUpdatedV1.class, MemberCity::updated)
            .build();

    private final EventInbox inbox;

    public MembershipEventsConsumer(EventInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("membership-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbox.receive(CONSUMER, record, HANDLERS);
    }
}
