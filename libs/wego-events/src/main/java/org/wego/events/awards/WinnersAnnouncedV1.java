package org.wego.events.awards;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code org.wego.awards.winners.announced.v1}: an edition's results are public. Carries each winning entry's
 * content, so the knowledge-service can turn it into a good practice without calling back. Key: the edition id.
 */
public record WinnersAnnouncedV1(UUID editionId, int year, String edition, Instant announcedAt, List<Winner> winners) {

    public record Winner(UUID entryId, String category, int place, String city, String cityName, String country,
                         String region, String title, String summary, String description, String outcomes,
                         List<String> links) {
    }
}
