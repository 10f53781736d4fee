package org.wego.knowledge.events;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.wego.events.EventPayloads;
import org.wego.events.EventTypes;
import org.wego.events.InboundEvent;
import org.wego.events.membership.MemberAdmittedV1;
import org.wego.knowledge.domain.DirectoryEntry;

import java.time.Instant;

/**
 * Keeps the city directory in step with membership events. Idempotency without transactions: the update only
 * matches a document that has not yet recorded this event id, and records it in the same write; a redelivered
 * event therefore matches nothing, and its upsert collides on {@code _id} (E11000), which means "already applied".
 */
@ApplicationScoped
public class MembershipEventsConsumer {

    @Incoming("membership-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        if (EventTypes.MEMBER_ADMITTED.equals(event.type())) {
            admitted(event.id(), EventPayloads.read(event, MemberAdmittedV1.class).requireComplete());
        }
    }

    private static void admitted(String eventId, MemberAdmittedV1 p) {
        try {
            DirectoryEntry.mongoCollection().updateOne(
                    Filters.and(Filters.eq("_id", p.code()), Filters.ne("appliedEvents", eventId)),
                    Updates.combine(
                            Updates.set("name", p.name()),
                            Updates.set("country", p.country()),
                            Updates.set("region", p.region()),
                            Updates.set("membershipType", p.type()),
                            Updates.set("joinedOn", p.joinedOn()),
                            Updates.set("updatedAt", Instant.now()),
                            Updates.inc("revision", 1),
                            Updates.push("appliedEvents", eventId)),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
