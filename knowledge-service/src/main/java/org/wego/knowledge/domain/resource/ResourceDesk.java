package org.wego.knowledge.domain.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.model.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.bson.Document;
import org.wego.events.EventPayloads;
import org.wego.events.EventTypes;
import org.wego.events.knowledge.ResourceChangedV1;
import org.wego.web.IfMatch;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes knowledge resources. Each write is one conditional replace of one document (guarded by its revision), and
 * carries the events it causes in the same document, so a change and its events are stored together or not at all.
 */
@ApplicationScoped
public class ResourceDesk {

    /** Fired after a write that queued events, so the relay publishes now rather than at its next tick. */
    public record Written(String id) {
    }

    private final ObjectMapper json;
    private final Validator validator;
    private final Event<Written> written;
    private final Clock clock;

    public ResourceDesk(ObjectMapper json, Validator validator, Event<Written> written, Clock clock) {
        this.json = json;
        this.validator = validator;
        this.written = written;
        this.clock = clock;
    }

    public KnowledgeResource create(ResourceContent content, Editor editor) {
        ResourceContent checked = ResourceRules.checked(ownCity(content, editor));
        KnownCities.require(typedCities(content, editor, List.of()));
        return insert(UUID.randomUUID().toString(), checked, editor.staff() ? null : editor.city(), editor.username());
    }

    /** Inserts a new draft; a duplicate id (a redelivered import) is reported by the driver's duplicate-key error. */
    public KnowledgeResource insert(String id, ResourceContent content, String ownerCity, String by) {
        Instant now = Instant.now(clock);
        KnowledgeResource r = new KnowledgeResource();
        r.id = id;
        r.type = content.type().name();
        r.status = Status.DRAFT.name();
        r.ownerCity = ownerCity;
        r.content = Documents.of(json, defaults(content));
        r.createdBy = by;
        r.createdAt = now;
        r.updatedBy = by;
        r.updatedAt = now;
        r.revision = 1;
        queue(r, EventTypes.RESOURCE_UPDATED, now);
        r.persist();
        written.fire(new Written(r.id));
        return r;
    }

    public static KnowledgeResource require(String id) {
        KnowledgeResource r = id == null || id.length() > 64 ? null : KnowledgeResource.findById(id);
        if (r == null || "DELETED".equals(r.status)) {
            throw ProblemException.notFound("Resource " + id);
        }
        return r;
    }

    /** RFC 7396 merge patch on the content; a published resource keeps its previous version readable. */
    /** @param ifMatch required: a merge onto a version the editor never saw would undo someone else's change */
    public KnowledgeResource patch(String id, IfMatch ifMatch, ObjectNode patch, Editor editor) {
        KnowledgeResource r = readableForWrite(id, ifMatch, editor);
        ObjectNode document = json.valueToTree(content(r));
        patch.properties().forEach(e -> {
            if (e.getValue().isNull()) {
                document.remove(e.getKey());
            } else {
                document.set(e.getKey(), e.getValue());
            }
        });
        ResourceContent merged;
        try {
            merged = json.treeToValue(document, ResourceContent.class);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-json", "Request body is not valid",
                    "The patch does not fit a resource: " + e.getOriginalMessage());
        }
        Set<ConstraintViolation<ResourceContent>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (!merged.type().name().equals(r.type)) {
            throw ProblemException.unprocessable("immutable-field", "type never changes; create a new resource");
        }
        ResourceRules.checked(ownCity(merged, editor));
        List<String> before = content(r).cities();
        KnownCities.require(typedCities(merged, editor, before == null ? List.of() : before));
        if (ifMatch == null) { // after the content's checks, so one answer names everything wrong with the patch
            throw IfMatch.missing("resource");
        }
        Instant now = Instant.now(clock);
        r.content = Documents.of(json, defaults(merged));
        if (Status.PUBLISHED.name().equals(r.status)) {
            addVersion(r, editor.username(), now);
        }
        return replace(r, editor.username(), now, EventTypes.RESOURCE_UPDATED);
    }

    public KnowledgeResource transition(String id, IfMatch ifMatch, Status to, String comment, Editor editor) {
        KnowledgeResource r = readableForWrite(id, ifMatch, editor);
        Status from = Status.valueOf(r.status);
        if (!from.canMoveTo(to)) {
            throw ProblemException.conflict("From " + from + " a resource can move to " + from.next() + ", not " + to);
        }
        if (!editor.staff() && !(from == Status.DRAFT && to == Status.IN_REVIEW)) {
            throw ProblemException.forbidden("City officials submit their drafts for review; editors decide the rest");
        }
        if (to == Status.DRAFT && (comment == null || comment.isBlank())) {
            throw ProblemException.invalidField("comment", "is required when sending a resource back to DRAFT");
        }
        Instant now = Instant.now(clock);
        r.status = to.name();
        r.history.add(new Document("from", from.name()).append("to", to.name()).append("by", editor.username())
                .append("at", now.toString()).append("comment", comment));
        String event = EventTypes.RESOURCE_UPDATED;
        if (to == Status.PUBLISHED) {
            r.publishedAt = now;
            addVersion(r, editor.username(), now);
            event = EventTypes.RESOURCE_PUBLISHED;
        } else if (to == Status.ARCHIVED) {
            event = EventTypes.RESOURCE_ARCHIVED;
        }
        return replace(r, editor.username(), now, event);
    }

    /** Only drafts are deleted; anything that was public is archived instead, so links to it keep answering. */
    public void delete(String id, IfMatch ifMatch, Editor editor) {
        KnowledgeResource r = readableForWrite(id, ifMatch, editor);
        if (!Status.DRAFT.name().equals(r.status) || !r.versions.isEmpty()) {
            throw ProblemException.conflict("Only never-published drafts are deleted; archive this resource instead");
        }
        // One conditional write turns the draft into a tombstone that carries its resource.deleted event: a crash can
        // lose neither the deletion nor its event, as it could with a delete followed by a second insert.
        Instant now = Instant.now(clock);
        r.status = "DELETED";
        r.history.add(new Document("from", Status.DRAFT.name()).append("to", "DELETED").append("by", editor.username())
                .append("at", now.toString()));
        replace(r, editor.username(), now, EventTypes.RESOURCE_DELETED);
    }

    public ResourceContent content(KnowledgeResource r) {
        return Documents.read(json, r.content, ResourceContent.class);
    }

    /** @param ifMatch null when the client sent none */
    private KnowledgeResource readableForWrite(String id, IfMatch ifMatch, Editor editor) {
        KnowledgeResource r = require(id);
        if (!editor.mayRead(r)) {
            throw ProblemException.notFound("Resource " + id);
        }
        if (!editor.mayEdit(r)) {
            throw ProblemException.forbidden(editor.city() != null && editor.city().equals(r.ownerCity)
                    ? "Officials edit their drafts only; this resource is " + r.status
                    : "Only editors or the owning city's officials change this resource");
        }
        if (ifMatch != null && !ifMatch.matches(r.revision)) {
            throw ifMatch.failed("resource", r.revision);
        }
        return r;
    }

    private KnowledgeResource replace(KnowledgeResource r, String by, Instant now, String eventType) {
        int expected = r.revision;
        r.revision++;
        r.updatedBy = by;
        r.updatedAt = now;
        queue(r, eventType, now);
        long matched = KnowledgeResource.mongoCollection()
                .replaceOne(Filters.and(Filters.eq("_id", r.id), Filters.eq("revision", expected)), r).getMatchedCount();
        if (matched == 0) {
            throw new ProblemException(412, "stale-version", "Precondition failed",
                    "The resource changed meanwhile; read it again");
        }
        written.fire(new Written(r.id));
        return r;
    }

    private void addVersion(KnowledgeResource r, String by, Instant at) {
        r.versions.add(new Document("number", r.versions.size() + 1).append("publishedAt", at.toString())
                .append("publishedBy", by).append("content", r.content));
    }

    private void queue(KnowledgeResource r, String type, Instant at) {
        r.pendingEvents.add(event(r.id, r, r.status, type, at, r.revision));
        if (r.pendingSince == null) {
            r.pendingSince = at;
        }
    }

    private Document event(String id, KnowledgeResource r, String status, String type, Instant at, int revision) {
        ResourceContent c = content(r);
        String data = EventPayloads.toJson(new ResourceChangedV1(id, r.type, status, c.title(), revision,
                c.cities(), c.themes(), at));
        // The revision numbers the resource's events (CloudEvents sequence): consumers can tell a late one.
        return new Document("id", UUID.randomUUID().toString()).append("type", type).append("key", id)
                .append("time", at.toString()).append("sequence", (long) revision).append("data", data);
    }

    /**
     * The cities a client typed in that must be checked: not the official's own (from the token) and not those the
     * resource listed already (an old entry is not re-judged by an unrelated edit).
     */
    private static List<String> typedCities(ResourceContent c, Editor editor, List<String> already) {
        if (c.cities() == null) {
            return List.of();
        }
        return c.cities().stream().filter(city -> !city.equals(editor.city()) && !already.contains(city)).toList();
    }

    /** An official's resource is about their city: it is listed among the resource's cities. */
    private static ResourceContent ownCity(ResourceContent c, Editor editor) {
        if (editor.staff() || editor.city() == null) {
            return c;
        }
        List<String> cities = c.cities() == null ? new ArrayList<>() : new ArrayList<>(c.cities());
        if (!cities.contains(editor.city())) {
            cities.add(0, editor.city());
        }
        return new ResourceContent(c.type(), c.title(), c.summary(), c.body(), c.language(), cities, c.countries(),
                c.regions(), c.themes(), c.sdgs(), c.tags(), c.links(), c.licence(), c.provenance(), c.event(),
                c.program(), c.partner());
    }

    private static ResourceContent defaults(ResourceContent c) {
        return c.language() != null ? c : new ResourceContent(c.type(), c.title(), c.summary(), c.body(), "en",
                c.cities(), c.countries(), c.regions(), c.themes(), c.sdgs(), c.tags(), c.links(), c.licence(),
                c.provenance(), c.event(), c.program(), c.partner());
    }
}
