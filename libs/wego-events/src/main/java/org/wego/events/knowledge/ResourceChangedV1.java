package org.wego.events.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * {@code org.wego.knowledge.resource.{published,updated,archived,deleted}.v1}: a knowledge resource changed.
 * {@code updated} covers every other write (drafts included), so every knowledge-service instance can keep its
 * search index current by re-reading the resource. Key: the resource id.
 */
public record ResourceChangedV1(String id, String type, String status, String title, int revision,
                                List<String> cities, List<String> themes, Instant changedAt) {
}
