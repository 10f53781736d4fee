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
import org.wego.events.MalformedEventException;
import org.wego.events.consume.EventHandlers;
import org.wego.events.consume.EventRetry;
import org.wego.events.membership.MemberAdmittedV1;
import org.wego.events.membership.MemberStandingChangedV1;
import org.wego.events.membership.MemberUpdatedV1;
import org.wego.knowledge.domain.DirectoryEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the city directory in step with membership events: admissions, profile updates (renames, a new country or
 * type) and standing timelines (status decisions, dues, withdrawals). Idempotency without transactions: each write
 * only matches a document that has not yet recorded this event id, nor a newer event of its kind by
 * {@code ce_sequence}, and records it in the same write; a redelivered or outdated event therefore matches nothing,
 * and its upsert collides on {@code _id} (E11000), which means "already applied". Events may arrive in any order
 * (an update or a standing before its admission): each kind writes only its own fields. MongoDB being away is
 * retried with backoff, never dead-lettered.
 */
@ApplicationScoped
public class MembershipEventsConsumer {

    static final String CONSUMER = "knowledge.directory";

    private final EventRetry retry;
    private final EventHandlers handlers = EventHandlers.builder()
            .on(EventTypes.MEMBER_ADMITTED, MemberAdmittedV1.class, (e, p) -> admitted(e, p.requireComplete()))
            .on(EventTypes.MEMBER_UPDATED, MemberUpdatedV1.class, MembershipEventsConsumer::updated)
            .on(EventTypes.MEMBER_STANDING_CHANGED, MemberStandingChangedV1.class,
                    (e, p) -> standingChanged(e, p.requireComplete()))
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
        // The admission alone says when the city joined; its profile counts unless a newer update came first.
        upsert(Filters.and(Filters.eq("_id", p.code()), Filters.ne("appliedEvents", event.id())),
                List.of(Updates.set("joinedOn", p.joinedOn()), Updates.inc("revision", 1),
                        Updates.push("appliedEvents", event.id()), Updates.set("updatedAt", Instant.now())));
        DirectoryEntry.mongoCollection().updateOne(newerThan("profileSequence", p.code(), event),
                Updates.combine(profile(event, p.name(), p.country(), p.region(), p.type())));
    }

    private static void updated(InboundEvent event, MemberUpdatedV1 p) {
        if (p.code() == null || p.name() == null || p.country() == null || p.region() == null || p.type() == null) {
            throw new MalformedEventException("member.updated without its required fields: " + p);
        }
        List<Bson> changes = new ArrayList<>(profile(event, p.name(), p.country(), p.region(), p.type()));
        changes.addAll(List.of(Updates.inc("revision", 1), Updates.push("appliedEvents", event.id()),
                Updates.set("updatedAt", Instant.now())));
        upsert(Filters.and(newerThan("profileSequence", p.code(), event), Filters.ne("appliedEvents", event.id())),
                changes);
    }

    private static void standingChanged(InboundEvent event, MemberStandingChangedV1 p) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("standing", p.encoded()),
                Updates.set("endedFrom", DirectoryEntry.endedFrom(p)), Updates.inc("revision", 1),
                Updates.push("appliedEvents", event.id()), Updates.set("updatedAt", Instant.now())));
        if (event.sequence() != null) {
            changes.add(Updates.set("standingSequence", event.sequence()));
        }
        upsert(Filters.and(newerThan("standingSequence", p.code(), event), Filters.ne("appliedEvents", event.id())),
                changes);
    }

    private static List<Bson> profile(InboundEvent event, String name, String country, String region, String type) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("name", name), Updates.set("country", country),
                Updates.set("region", region), Updates.set("membershipType", type)));
        if (event.sequence() != null) {
            changes.add(Updates.set("profileSequence", event.sequence()));
        }
        return changes;
    }

    /** The city's document unless it already holds an event of this kind with a higher (or the same) sequence. */
    private static Bson newerThan(String sequenceField, String code, InboundEvent event) {
        Bson city = Filters.eq("_id", code);
        return event.sequence() == null ? city : Filters.and(city,
                Filters.or(Filters.eq(sequenceField, null), Filters.lt(sequenceField, event.sequence())));
    }

    private static void upsert(Bson filter, List<Bson> changes) {
        try {
            DirectoryEntry.mongoCollection().updateOne(filter, Updates.combine(changes), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
