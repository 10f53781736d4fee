package org.wego.awards.domain.jury;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wego.awards.domain.Viewer;
import org.wego.awards.domain.audit.AuditLog;
import org.wego.awards.domain.edition.Edition;
import org.wego.awards.domain.edition.Phase;
import org.wego.awards.domain.entry.Entry;
import org.wego.awards.domain.judging.Rubric;
import org.wego.events.EventTypes;
import org.wego.events.awards.ReviewSubmittedV1;
import org.wego.outbox.Outbox;
import org.wego.web.Problem;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Judges' reviews: validated against the edition's rubric, every revision audited, shown by the visibility rules. */
@ApplicationScoped
public class ReviewDesk {

    private static final TypeReference<Map<String, ReviewSubmission.CriterionScore>> SCORES = new TypeReference<>() { };

    private final AuditLog audit;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public ReviewDesk(AuditLog audit, Outbox outbox, ObjectMapper json, Clock clock) {
        this.audit = audit;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** Submits or revises the calling judge's own review while the edition is in JUDGING. */
    @Transactional
    public Review put(UUID entryId, String judge, ReviewSubmission submission) {
        Entry entry = Entry.require(entryId);
        Edition edition = Edition.require(entry.editionId);
        requireAssigned(entry, judge);
        if (edition.phase != Phase.JUDGING) {
            throw ProblemException.conflict("Reviews are written in the JUDGING phase (the edition is " + edition.phase + ")");
        }
        Map<String, ReviewSubmission.CriterionScore> scores = validated(edition.rubricValue(), submission);
        boolean abstain = Boolean.TRUE.equals(submission.abstain());
        Review review = Review.find("entryId = ?1 and judge = ?2", entryId, judge).firstResult();
        if (review == null) {
            review = new Review();
            review.entryId = entryId;
            review.judge = judge;
        }
        review.abstain = abstain;
        review.reason = abstain ? submission.reason().trim() : null;
        review.scores = write(scores);
        review.revision++;
        review.submittedAt = Instant.now(clock);
        review.persist();
        outbox.record(EventTypes.REVIEW_SUBMITTED, entryId.toString(), "entries/" + entryId + "/reviews/" + judge,
                new ReviewSubmittedV1(entryId, entry.editionId, entry.category, judge, abstain, review.revision));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("judge", judge);
        details.put("revision", review.revision);
        details.put("abstain", abstain);
        details.put("reason", review.reason == null ? "" : review.reason);
        details.put("scores", scores);
        audit.append(entry.editionId, judge, "REVIEW_SUBMITTED", entryId.toString(), details);
        return review;
    }

    /**
     * Staff see every review; a judge sees their own, and the others only once they have submitted theirs and the
     * edition shows reviews to judges; anyone else sees none.
     */
    public List<Review> visibleTo(Entry entry, Viewer viewer) {
        if (viewer.staff()) {
            return Review.list("entryId = ?1 order by judge", entry.id);
        }
        requireAssigned(entry, viewer.username());
        Review own = Review.find("entryId = ?1 and judge = ?2", entry.id, viewer.username()).firstResult();
        if (own != null && Edition.require(entry.editionId).reviewsVisibleAfterOwn) {
            return Review.list("entryId = ?1 order by judge", entry.id);
        }
        return own == null ? List.of() : List.of(own);
    }

    public Map<String, ReviewSubmission.CriterionScore> scores(Review review) {
        try {
            return json.readValue(review.scores, SCORES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored scores are unreadable", e);
        }
    }

    /** The review's weighted score under the rubric, or null for an abstention. */
    public Double weighted(Rubric rubric, Review review) {
        if (review.abstain) {
            return null;
        }
        Map<String, Integer> values = new java.util.HashMap<>();
        scores(review).forEach((code, cs) -> values.put(code, cs.score()));
        return rubric.weighted(values);
    }

    /**
     * A judge acts on an entry only when assigned to it and not conflicted (a declared conflict withdraws the
     * assignment; the automatic rules are checked again in case a city or judge record changed since).
     */
    public static void requireAssigned(Entry entry, String judge) {
        Judge j = Judge.of(entry.editionId, judge);
        if (j == null || Assignment.count("entryId = ?1 and judge = ?2", entry.id, judge) == 0
                || JuryDesk.conflict(j, entry).isPresent()) {
            // Same answer as for an entry that does not exist: a judge learns nothing about entries not theirs.
            throw ProblemException.notFound("Entry " + entry.id);
        }
    }

    static Map<String, ReviewSubmission.CriterionScore> validated(Rubric rubric, ReviewSubmission s) {
        List<Problem.Violation> problems = new ArrayList<>();
        Map<String, ReviewSubmission.CriterionScore> scores = s.scores() == null ? Map.of() : s.scores();
        if (Boolean.TRUE.equals(s.abstain())) {
            if (s.reason() == null || s.reason().isBlank()) {
                problems.add(new Problem.Violation("reason", "is required when abstaining"));
            }
            if (!scores.isEmpty()) {
                problems.add(new Problem.Violation("scores", "must be empty when abstaining"));
            }
        } else {
            Map<String, ReviewSubmission.CriterionScore> ordered = new LinkedHashMap<>();
            for (Rubric.Criterion c : rubric.criteria()) {
                ReviewSubmission.CriterionScore cs = scores.get(c.code());
                String at = "scores." + c.code();
                if (cs == null) {
                    problems.add(new Problem.Violation(at, "is required (score 1-10 and comment)"));
                    continue;
                }
                if (cs.score() == null || cs.score() < Rubric.MIN_SCORE || cs.score() > Rubric.MAX_SCORE) {
                    problems.add(new Problem.Violation(at + ".score", "must be an integer from 1 to 10"));
                }
                if (cs.comment() == null || cs.comment().isBlank()) {
                    problems.add(new Problem.Violation(at + ".comment", "is required"));
                }
                ordered.put(c.code(), cs);
            }
            scores.keySet().stream().filter(k -> rubric.criteria().stream().noneMatch(c -> c.code().equals(k)))
                    .sorted().forEach(k -> problems.add(new Problem.Violation("scores." + k, "is not a criterion of this edition's rubric")));
            scores = ordered;
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(problems);
        }
        return scores;
    }

    private String write(Map<String, ReviewSubmission.CriterionScore> scores) {
        try {
            return json.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
