package org.wego.events.awards;

import java.time.Instant;
import java.util.UUID;

/** {@code org.wego.awards.entry.submitted.v1}: a member city entered an awards category. Key: the entry id. */
public record EntrySubmittedV1(UUID entryId, UUID editionId, int year, String city, String category, String title,
                               Instant submittedAt) {
}
