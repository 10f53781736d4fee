package org.wego.events.awards;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** {@code org.wego.awards.ranking.finalized.v1}: the jury's ranking of a category was confirmed. Key: the edition id. */
public record RankingFinalizedV1(UUID editionId, int year, String category, List<Place> ranking, List<UUID> winners) {

    public record Place(UUID entryId, String city, Integer rank, BigDecimal score) {
    }
}
