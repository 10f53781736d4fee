package org.wego.events.awards;

import java.util.UUID;

/** {@code org.wego.awards.entry.screened.v1}: the secretariat passed or failed an entry. Key: the entry id. */
public record EntryScreenedV1(UUID entryId, UUID editionId, String city, String category, String result,
                              String reason) {
}
