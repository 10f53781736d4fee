package org.wego.knowledge.events;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/**
 * An event the relay has seen acknowledged by Kafka. Written before the event leaves its document: a resource write
 * that raced the relay may put the event back into {@code pendingEvents}, and then this record keeps it from being
 * sent a second time. Removed after the outbox retention period.
 */
@MongoEntity(collection = "relayed_events")
public class RelayedEvent extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public Instant sentAt;

    static void sent(String eventId) {
        RelayedEvent e = new RelayedEvent();
        e.id = eventId;
        e.sentAt = Instant.now();
        e.persistOrUpdate();
    }
}
