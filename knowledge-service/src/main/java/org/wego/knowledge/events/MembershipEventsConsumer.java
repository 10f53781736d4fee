package org.wego.knowledge.events;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.wego.events.EventTypes;
import org.wego.events.InboundEvent;
import org.wego.events.consume.EventHandlers;
import org.wego.events.consume.EventRetry;
import org.wego.events.membership.MemberAdmittedV1;
import org.wego.knowledge.domain.DirectoryEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the city directory in step with membership events. Idempotency without transactions: the update only
 * matches a document that has not yet recorded this event id (nor a newer event by {@code ce_sequence}), and records
 * it in the same write; a redelivered or outdated event therefore matches nothing, and its upsert collides on
 * {@code _id} (E11000), which means "already applied". MongoDB being away is retried with backoff, never
 * dead-lettered.
 */
@ApplicationScoped
public class MembershipEventsConsumer {

    static final String CONSUMER = "knowledge.directory";

    private final EventRetry retry;
    private final EventHandlers handlers = EventHandlers.builder()
            .on(EventTypes.MEMBER_ADMITTED, MemberAdmittedV1.class, (e, p) -> admitted(e, p.requireComplete()))
            .build();

    public MembershipEventsConsumer(EventRetry retry) {
        this.retry = retry;
    }

    @Incoming("membership-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        if (handlers.concerns(event.type())) {
            retry.untilApplied(CONSUMER, event, () -> handlers.apply(event));
        }
    }

    private static void admitted(InboundEvent event, MemberAdmittedV1 p) {
        Bson notYetApplied = Filters.and(Filters.eq("_id", p.code()), Filters.ne("appliedEvents", event.id()));
        if (event.sequence() != null) {
            notYetApplied = Filters.and(notYetApplied, Filters.or(Filters.eq("profileSequence", null),
                    Filters.lt("profileSequence", event.sequence())));
        }
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("name", p.name()),
                Updates.set("country", p.country()),
                Updates.set("region", p.region()),
                Updates.set("membershipType", p.type()),
                Updates.set("joinedOn", p.joinedOn()),
                Updates.set("updatedAt", Instant.now()),
                Updates.inc("revision", 1),
                Updates.push("appliedEvents", event.id())));
        if (event.sequence() != null) {
            changes.add(Updates.set("profileSequence", event.sequence()));
        }
        try {
            DirectoryEntry.mongoCollection().updateOne(notYetApplied, Updates.combine(changes),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
