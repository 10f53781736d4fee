package org.wego.knowledge.events;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Duration;
import java.time.Instant;

/**
 * Which knowledge-service instance relays events right now: a lease document taken with one conditional upsert
 * (free, expired, or already ours), so two instances never send the same pending event side by side. An instance
 * that dies loses the lease when it expires.
 */
@MongoEntity(collection = "relay_lease")
public class RelayLease extends PanacheMongoEntityBase {

    static final String RELAY = "knowledge-events";

    @BsonId
    public String id;
    public String holder;
    public Instant until;

    /** @return true if {@code holder} holds the lease for {@code ttl} from now */
    static boolean tryAcquire(String holder, Duration ttl) {
        Instant now = Instant.now();
        MongoCollection<RelayLease> leases = mongoCollection();
        try {
            leases.updateOne(Filters.and(Filters.eq("_id", RELAY),
                            Filters.or(Filters.lt("until", now), Filters.eq("holder", holder))),
                    Updates.combine(Updates.set("holder", holder), Updates.set("until", now.plus(ttl))),
                    new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // held by another instance: the upsert collided with its lease document
            }
            throw e;
        }
    }
}
