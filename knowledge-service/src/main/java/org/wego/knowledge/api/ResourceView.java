package org.wego.knowledge.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wego.knowledge.domain.resource.KnowledgeResource;
import org.wego.knowledge.domain.resource.ResourceContent;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A resource as clients read it: its content fields at the top level, with workflow and version information. */
public record ResourceView(String id, String status, int revision, String ownerCity, String createdBy,
                           Instant createdAt, String updatedBy, Instant updatedAt, Instant publishedAt,
                           int publishedVersions, List<Map<String, Object>> history,
                           @JsonUnwrapped ResourceContent content) {

    static ResourceView of(KnowledgeResource r, ResourceContent content) {
        return new ResourceView(r.id, r.status, r.revision, r.ownerCity, r.createdBy, r.createdAt, r.updatedBy,
                r.updatedAt, r.publishedAt, r.versions.size(), List.copyOf(r.history), content);
    }
}
