package org.wego.events.awards;

import java.util.UUID;

/**
 * {@code org.wego.awards.review.submitted.v1}: a judge submitted (or revised) their review of an entry. Scores stay
 * inside the awards-service until results are announced, so the event says that, not what. Key: the entry id.
 */
public record ReviewSubmittedV1(UUID entryId, UUID editionId, String category, String judge, boolean abstained,
                                int revision) {
}
