package org.wego.events;

import java.util.List;

/**
 * Every CloudEvents {@code type} the platform publishes. Each has a JSON Schema at
 * {@code META-INF/wego/schemas/<type>.schema.json}; a test keeps the two lists in step.
 */
public final class EventTypes {

    public static final String MEMBER_ADMITTED = "org.wego.membership.member.admitted.v1";
    public static final String MEMBER_STATUS_CHANGED = "org.wego.membership.member.status-changed.v1";
    public static final String MEMBER_UPDATED = "org.wego.membership.member.updated.v1";
    public static final String MEMBER_STANDING_CHANGED = "org.wego.membership.member.standing-changed.v1";

    public static final String APPLICATION_SUBMITTED = "org.wego.membership.application.submitted.v1";
    public static final String APPLICATION_DECIDED = "org.wego.membership.application.decided.v1";

    public static final String ASSEMBLY_ROLL_FIXED = "org.wego.membership.assembly.roll-fixed.v1";
    public static final String VOTE_CAST = "org.wego.membership.vote.cast.v1";

    public static final String ASSESSMENT_SUBMITTED = "org.wego.ceds.assessment.submitted.v1";
    public static final String ASSESSMENT_PUBLISHED = "org.wego.ceds.assessment.published.v1";
    public static final String ASSESSMENT_WITHDRAWN = "org.wego.ceds.assessment.withdrawn.v1";

    public static final String ENTRY_SUBMITTED = "org.wego.awards.entry.submitted.v1";
    public static final String ENTRY_SCREENED = "org.wego.awards.entry.screened.v1";
    public static final String REVIEW_SUBMITTED = "org.wego.awards.review.submitted.v1";
    public static final String RANKING_FINALIZED = "org.wego.awards.ranking.finalized.v1";
    public static final String WINNERS_ANNOUNCED = "org.wego.awards.winners.announced.v1";

    public static final String RESOURCE_PUBLISHED = "org.wego.knowledge.resource.published.v1";
    public static final String RESOURCE_UPDATED = "org.wego.knowledge.resource.updated.v1";
    public static final String RESOURCE_ARCHIVED = "org.wego.knowledge.resource.archived.v1";
    public static final String RESOURCE_DELETED = "org.wego.knowledge.resource.deleted.v1";

    public static final List<String> ALL = List.of(MEMBER_ADMITTED, MEMBER_STATUS_CHANGED, MEMBER_UPDATED,
            MEMBER_STANDING_CHANGED,
            APPLICATION_SUBMITTED, APPLICATION_DECIDED, ASSEMBLY_ROLL_FIXED, VOTE_CAST, ASSESSMENT_SUBMITTED,
            ASSESSMENT_PUBLISHED, ASSESSMENT_WITHDRAWN, ENTRY_SUBMITTED, ENTRY_SCREENED, REVIEW_SUBMITTED, RANKING_FINALIZED,
            WINNERS_ANNOUNCED, RESOURCE_PUBLISHED, RESOURCE_UPDATED, RESOURCE_ARCHIVED, RESOURCE_DELETED);

    private EventTypes() {
    }

    public static String schemaResource(String type) {
        return "META-INF/wego/schemas/" + type + ".schema.json";
    }
}
