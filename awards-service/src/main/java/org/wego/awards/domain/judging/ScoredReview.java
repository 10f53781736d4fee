package org.wego.awards.domain.judging;

/** One submitted review reduced to what ranking needs: its weighted score, or none when the judge abstained. */
public record ScoredReview(String entryId, String judge, Double score) {

    public boolean abstained() {
        return score == null;
    }
}
