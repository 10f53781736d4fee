package org.wego.knowledge.domain;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A member city in the public directory of the knowledge platform, built from membership events.
 * {@code appliedEvents} holds the ids of the events already applied, so applying and remembering an event is one
 * atomic document write (the local MongoDB wire server has no multi-document transactions).
 */
@MongoEntity(collection = "directory")
public class DirectoryEntry extends PanacheMongoEntityBase {

    @BsonId
    public String code;
    public String name;
    public String country;
    public String region;
    public String membershipType;
    public LocalDate joinedOn;
    public int revision;
    /** {@code ce_sequence} of the newest membership event applied; an older one arriving late changes nothing. */
    public Long profileSequence;
    public Instant updatedAt;
    public List<String> appliedEvents = new ArrayList<>();
}
