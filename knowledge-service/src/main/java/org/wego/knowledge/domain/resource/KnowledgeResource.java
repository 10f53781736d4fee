package org.wego.knowledge.domain.resource;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;
import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A knowledge resource as stored: workflow state at the top level (what lists filter on), the editable content as
 * one sub-document, the published versions, the workflow history, and — because the local MongoDB wire server has
 * no multi-document transactions — the events still to publish ({@code pendingEvents}) and the ids of consumed
 * events ({@code appliedEvents}), both written in the same single-document update as the change they belong to.
 */
@MongoEntity(collection = "resources")
public class KnowledgeResource extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String type;
    public String status;
    /** The member city whose official drafted it (null for staff and imports). */
    public String ownerCity;
    public Document content;
    /** Every published version, oldest first: {number, publishedAt, publishedBy, content}. */
    public List<Document> versions = new ArrayList<>();
    /** Workflow transitions: {from, to, by, at, comment}. */
    public List<Document> history = new ArrayList<>();
    public List<Document> pendingEvents = new ArrayList<>();
    /** Set while {@code pendingEvents} is not empty: the relay finds waiting events through an index on it. */
    public Instant pendingSince;
    public List<String> appliedEvents = new ArrayList<>();
    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;
    public Instant publishedAt;
    /** Bumped by every write; the ETag, and the guard of conditional replaces. */
    public int revision;
}
