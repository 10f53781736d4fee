package org.wego.awards.domain.jury;

import jakarta.validation.constraints.Size;

import java.util.Map;

/** A judge's review as sent: a score 1–10 and a comment for every rubric criterion, or an abstention with a reason. */
public record ReviewSubmission(Boolean abstain, @Size(max = 2_000) String reason,
                               Map<String, CriterionScore> scores) {

    public record CriterionScore(Integer score, @Size(max = 5_000) String comment) {
    }
}
