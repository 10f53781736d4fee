package org.wego.knowledge.domain.resource;

import java.util.Map;
import java.util.Set;

/** Editorial workflow: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED, and back to DRAFT (with a comment) from any later state. */
public enum Status {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

    private static final Map<Status, Set<Status>> NEXT = Map.of(
            DRAFT, Set.of(IN_REVIEW),
            IN_REVIEW, Set.of(PUBLISHED, DRAFT),
            PUBLISHED, Set.of(ARCHIVED, DRAFT),
            ARCHIVED, Set.of(DRAFT));

    public boolean canMoveTo(Status to) {
        return NEXT.get(this).contains(to);
    }

    public Set<Status> next() {
        return NEXT.get(this);
    }
}
