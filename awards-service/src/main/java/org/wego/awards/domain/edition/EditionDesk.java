package org.wego.awards.domain.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wego.awards.domain.audit.AuditLog;
import org.wego.awards.domain.entry.Entry;
import org.wego.awards.domain.judging.Rubric;
import org.wego.awards.domain.judging.TieBreak;
import org.wego.awards.domain.jury.Assignment;
import org.wego.awards.domain.jury.Winner;
import org.wego.web.Problem;
import org.wego.web.IfMatch;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Creates editions, changes their settings while that is still fair, and moves them through their phases. */
@ApplicationScoped
public class EditionDesk {

    private final AuditLog audit;
    private final Announcement announcement;
    private final Clock clock;

    public EditionDesk(AuditLog audit, Announcement announcement, Clock clock) {
        this.audit = audit;
        this.announcement = announcement;
        this.clock = clock;
    }

    @Transactional
    public Edition create(EditionSettings s, String actor) {
        List<Problem.Violation> missing = new ArrayList<>();
        if (s.year() == null) {
            missing.add(new Problem.Violation("year", "is required"));
        }
        if (s.title() == null || s.title().isBlank()) {
            missing.add(new Problem.Violation("title", "is required"));
        }
        if (s.submissionDeadline() == null) {
            missing.add(new Problem.Violation("submissionDeadline", "is required (ISO 8601 instant)"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalidFields(missing);
        }
        if (Edition.count("title", s.title().trim()) > 0) {
            throw ProblemException.conflict("An edition titled '" + s.title().trim() + "' exists");
        }
        Edition e = new Edition();
        e.id = UUID.randomUUID();
        e.year = s.year();
        e.title = s.title().trim();
        e.phase = Phase.OPEN;
        e.submissionDeadline = s.submissionDeadline();
        e.graceMinutes = or(s.graceMinutes(), 0);
        e.reviewersPerEntry = or(s.reviewersPerEntry(), EditionSettings.DEFAULT_REVIEWERS);
        e.judgeLoadLimit = or(s.judgeLoadLimit(), EditionSettings.DEFAULT_LOAD_LIMIT);
        e.normalise = or(s.normalise(), true);
        e.reviewsVisibleAfterOwn = or(s.reviewsVisibleAfterOwn(), true);
        e.blindReview = or(s.blindReview(), false);
        e.winnersPerCategory = or(s.winnersPerCategory(), 1);
        e.setSettings(categories(s, Category.DEFAULTS), rubric(s, Rubric.defaults()), tieBreaks(s, TieBreak.DEFAULT));
        e.createdBy = actor;
        e.createdAt = Instant.now(clock);
        e.persist();
        enter(e, Phase.OPEN, actor);
        audit.append(e.id, actor, "EDITION_CREATED", e.id.toString(), Map.of("title", e.title, "year", e.year,
                "categories", e.categoryList(), "rubric", e.rubricValue().criteria(), "deadline", e.submissionDeadline.toString()));
        return e;
    }

    /**
     * Applies the given fields. Judging rules freeze when judging starts; the deadline once submissions close.
     * The row is locked first, so of concurrent updates made against the same version exactly one applies.
     *
     * @param ifMatch the client's precondition (required: 428 without)
     */
    @Transactional
    public Edition update(UUID id, IfMatch ifMatch, EditionSettings s, String actor) {
        Edition e = Edition.requireLocked(id);
        if (ifMatch == null) {
            throw IfMatch.missing("edition");
        }
        if (!ifMatch.matches(e.version)) {
            throw ifMatch.failed("edition", e.version);
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        boolean judgingRules = s.reviewersPerEntry() != null || s.judgeLoadLimit() != null || s.normalise() != null
                || s.tieBreaks() != null || s.categories() != null || s.rubric() != null || s.reviewsVisibleAfterOwn() != null
                || s.blindReview() != null;
        if (judgingRules && e.phase.atLeast(Phase.JUDGING)) {
            throw ProblemException.conflict("Judging rules are fixed once an edition is in JUDGING (it is " + e.phase + ")");
        }
        if ((s.submissionDeadline() != null || s.graceMinutes() != null) && e.phase != Phase.OPEN) {
            throw ProblemException.conflict("The deadline can only move while the edition is OPEN (it is " + e.phase + ")");
        }
        if (s.winnersPerCategory() != null && e.phase.atLeast(Phase.ANNOUNCED)) {
            throw ProblemException.conflict("Results are announced");
        }
        if (s.title() != null && !s.title().trim().equals(e.title)) {
            if (Edition.count("title = ?1 and id <> ?2", s.title().trim(), id) > 0) {
                throw ProblemException.conflict("An edition titled '" + s.title().trim() + "' exists");
            }
            e.title = s.title().trim();
            changed.put("title", e.title);
        }
        if (s.year() != null) {
            e.year = s.year();
            changed.put("year", e.year);
        }
        if (s.submissionDeadline() != null) {
            e.submissionDeadline = s.submissionDeadline();
            changed.put("submissionDeadline", e.submissionDeadline.toString());
        }
        setIfPresent(s.graceMinutes(), v -> e.graceMinutes = v, "graceMinutes", changed);
        setIfPresent(s.reviewersPerEntry(), v -> e.reviewersPerEntry = v, "reviewersPerEntry", changed);
        setIfPresent(s.judgeLoadLimit(), v -> e.judgeLoadLimit = v, "judgeLoadLimit", changed);
        setIfPresent(s.normalise(), v -> e.normalise = v, "normalise", changed);
        setIfPresent(s.reviewsVisibleAfterOwn(), v -> e.reviewsVisibleAfterOwn = v, "reviewsVisibleAfterOwn", changed);
        setIfPresent(s.blindReview(), v -> e.blindReview = v, "blindReview", changed);
        setIfPresent(s.winnersPerCategory(), v -> e.winnersPerCategory = v, "winnersPerCategory", changed);
        if (s.categories() != null || s.rubric() != null || s.tieBreaks() != null) {
            List<Category> categories = categories(s, e.categoryList());
            Set<String> kept = new HashSet<>(categories.stream().map(Category::code).toList());
            List<String> used = Entry.<Entry>list("editionId", id).stream().map(en -> en.category).distinct()
                    .filter(c -> !kept.contains(c)).toList();
            if (!used.isEmpty()) {
                throw ProblemException.conflict("Categories " + used + " have entries and cannot be removed");
            }
            e.setSettings(categories, rubric(s, e.rubricValue()), tieBreaks(s, e.tieBreakList()));
            changed.put("categories", e.categoryList());
            changed.put("rubric", e.rubricValue().criteria());
            changed.put("tieBreaks", e.tieBreakList());
        }
        if (!changed.isEmpty()) {
            audit.append(id, actor, "EDITION_UPDATED", id.toString(), changed);
        }
        return e;
    }

    /** Moves the edition to its next phase after that phase's checks; ANNOUNCED publishes the winners. */
    @Transactional
    public Edition advance(UUID id, Phase to, String actor, boolean admin) {
        Edition e = Edition.require(id);
        if (to != e.phase.next()) {
            throw ProblemException.conflict(e.phase == Phase.ANNOUNCED ? "The edition is already ANNOUNCED"
                    : "From " + e.phase + " the next phase is " + e.phase.next() + ", not " + to);
        }
        Instant now = Instant.now(clock);
        switch (to) {
            case SCREENING -> {
                Instant closes = e.submissionDeadline.plus(Duration.ofMinutes(e.graceMinutes));
                if (now.isBefore(closes)) {
                    throw ProblemException.conflict("Submissions are open until " + closes
                            + " (deadline plus grace); move the deadline to close them earlier");
                }
            }
            case JUDGING -> {
                long unscreened = Entry.count("editionId = ?1 and status = ?2", id, Entry.Status.SUBMITTED);
                if (unscreened > 0) {
                    throw ProblemException.conflict(unscreened + " submitted entries are not screened yet");
                }
                if (Entry.count("editionId = ?1 and status = ?2", id, Entry.Status.PASSED) == 0) {
                    throw ProblemException.conflict("No entry passed screening");
                }
            }
            case DELIBERATION -> {
                long missing = Assignment.count("from Assignment a where a.entryId in (select x.id from Entry x "
                        + "where x.editionId = ?1 and x.status = ?2) and not exists (select r from Review r "
                        + "where r.entryId = a.entryId and r.judge = a.judge)", id, Entry.Status.PASSED);
                if (missing > 0) {
                    throw ProblemException.conflict(missing + " assigned reviews are not submitted yet");
                }
                long unassigned = Entry.count("editionId = ?1 and status = ?2 and id not in (select a.entryId from Assignment a)",
                        id, Entry.Status.PASSED);
                if (unassigned > 0) {
                    throw ProblemException.conflict(unassigned + " entries in judging have no judge assigned");
                }
            }
            case ANNOUNCED -> {
                if (!admin) {
                    throw ProblemException.forbidden("Only a WeGO admin announces results");
                }
                if (Winner.count("editionId", id) == 0) {
                    throw ProblemException.conflict("No winners are confirmed yet (POST .../results)");
                }
            }
            default -> throw new IllegalStateException("no checks for " + to);
        }
        e.phase = to;
        enter(e, to, actor);
        audit.append(id, actor, "PHASE_CHANGED", id.toString(), Map.of("to", to.name(), "at", now.toString()));
        if (to == Phase.ANNOUNCED) {
            announcement.announce(e, now);
        }
        return e;
    }

    private void enter(Edition e, Phase phase, String actor) {
        PhaseEntry entry = new PhaseEntry();
        entry.editionId = e.id;
        entry.phase = phase;
        entry.enteredAt = Instant.now(clock);
        entry.enteredBy = actor;
        entry.persist();
    }

    private static List<Category> categories(EditionSettings s, List<Category> fallback) {
        if (s.categories() == null) {
            return fallback;
        }
        Set<String> codes = new HashSet<>();
        List<Problem.Violation> problems = new ArrayList<>();
        for (int i = 0; i < s.categories().size(); i++) {
            if (!codes.add(s.categories().get(i).code())) {
                problems.add(new Problem.Violation("categories[" + i + "].code", "duplicate category " + s.categories().get(i).code()));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(problems);
        }
        return s.categories().stream().map(c -> new Category(c.code(), c.name())).toList();
    }

    private static Rubric rubric(EditionSettings s, Rubric fallback) {
        return s.rubric() == null ? fallback : new Rubric(s.rubric()).validated();
    }

    private static List<TieBreak> tieBreaks(EditionSettings s, List<TieBreak> fallback) {
        if (s.tieBreaks() == null) {
            return fallback;
        }
        if (new HashSet<>(s.tieBreaks()).size() != s.tieBreaks().size() || s.tieBreaks().contains(null)) {
            throw ProblemException.invalidField("tieBreaks", "must list distinct tie-breaks");
        }
        return s.tieBreaks();
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static <T> void setIfPresent(T value, java.util.function.Consumer<T> setter, String name, Map<String, Object> changed) {
        if (value != null) {
            setter.accept(value);
            changed.put(name, value);
        }
    }
}
