package org.wego.awards.domain.jury;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wego.awards.domain.Viewer;
import org.wego.awards.domain.audit.AuditLog;
import org.wego.awards.domain.edition.Edition;
import org.wego.awards.domain.edition.Phase;
import org.wego.awards.domain.entry.Entry;
import org.wego.awards.domain.judging.Agreement;
import org.wego.awards.domain.judging.CategoryRanking;
import org.wego.awards.domain.judging.Normalisation;
import org.wego.awards.domain.judging.Rubric;
import org.wego.awards.domain.judging.ScoredReview;
import org.wego.events.EventTypes;
import org.wego.events.awards.RankingFinalizedV1;
import org.wego.outbox.Outbox;
import org.wego.web.ProblemException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Category rankings computed from the submitted reviews, and the admin's confirmation of the winners. */
@ApplicationScoped
public class RankingDesk {

    public record Row(UUID entryId, String city, String title, Integer rank, boolean sharedRank, BigDecimal rawMean,
                      BigDecimal normalisedMean, BigDecimal median, int topPlacements, int reviews, int abstentions,
                      BigDecimal spread) {
    }

    /** {@code judges} (per-judge mean and spread) is shown to staff only. */
    public record RankingView(UUID editionId, String category, boolean normalised, List<String> rankedBy,
                              List<Row> entries, List<CategoryRanking.JudgeStats> judges, Agreement agreement) {
    }

    private final ReviewDesk reviews;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    public RankingDesk(ReviewDesk reviews, AuditLog audit, Outbox outbox, Clock clock) {
        this.reviews = reviews;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Staff see a category's ranking from JUDGING on; a judge on the category's panel from DELIBERATION on, without
     * the entries they are conflicted on (not even their positions) and without per-judge figures.
     */
    public RankingView ranking(UUID editionId, String category, Viewer viewer) {
        Edition edition = Edition.require(editionId);
        if (edition.category(category).isEmpty()) {
            throw ProblemException.notFound("Category " + category + " of edition " + editionId);
        }
        Judge judge = null;
        if (!viewer.staff()) {
            judge = viewer.judge() ? Judge.of(editionId, viewer.username()) : null;
            if (judge == null || !judge.sits(category)) {
                throw ProblemException.forbidden("Rankings are for WeGO staff and the category's judges");
            }
            if (!edition.phase.atLeast(Phase.DELIBERATION)) {
                throw ProblemException.forbidden("Judges see rankings from DELIBERATION on (the edition is " + edition.phase + ")");
            }
        } else if (!edition.phase.atLeast(Phase.JUDGING)) {
            throw ProblemException.conflict("Rankings exist from JUDGING on (the edition is " + edition.phase + ")");
        }
        if (judge == null) {
            return compute(edition, category, entry -> true);
        }
        // Ranked among the entries the judge may see, as if the others had not entered: true ranks would leave a
        // gap where the hidden entry stands, and the jury's agreement would count it.
        Judge j = judge;
        RankingView visible = compute(edition, category, entry -> JuryDesk.conflict(j, entry).isEmpty());
        List<Row> rows = visible.entries().stream().map(r -> edition.showsCityTo(viewer, r.city()) ? r
                : new Row(r.entryId(), null, r.title(), r.rank(), r.sharedRank(), r.rawMean(), r.normalisedMean(),
                        r.median(), r.topPlacements(), r.reviews(), r.abstentions(), r.spread())).toList();
        return new RankingView(editionId, category, visible.normalised(), visible.rankedBy(), rows, List.of(),
                visible.agreement());
    }

    RankingView compute(Edition edition, String category) {
        return compute(edition, category, entry -> true);
    }

    private RankingView compute(Edition edition, String category, Predicate<Entry> shown) {
        List<Entry> passed = Entry.list("editionId = ?1 and status = ?2", edition.id, Entry.Status.PASSED);
        Map<UUID, Entry> byId = new HashMap<>();
        passed.forEach(e -> byId.put(e.id, e));
        Rubric rubric = edition.rubricValue();
        List<ScoredReview> all = new ArrayList<>();
        if (!byId.isEmpty()) {
            for (Review r : Review.<Review>list("entryId in ?1", byId.keySet())) {
                all.add(new ScoredReview(r.entryId.toString(), r.judge, reviews.weighted(rubric, r)));
            }
        }
        List<String> ids = passed.stream().filter(e -> e.category.equals(category)).filter(shown)
                .map(e -> e.id.toString()).toList();
        CategoryRanking.Result result = CategoryRanking.rank(ids, all, Normalisation.fit(all), edition.normalise,
                edition.tieBreakList());
        List<Row> rows = result.entries().stream().map(r -> {
            Entry e = byId.get(UUID.fromString(r.entryId()));
            return new Row(e.id, e.city, e.title, r.rank(), r.sharedRank(), r.rawMean(), r.normalisedMean(), r.median(),
                    r.topPlacements(), r.reviews(), r.abstentions(), r.spread());
        }).toList();
        return new RankingView(edition.id, category, edition.normalise, result.rankedBy(), rows, result.judges(), result.agreement());
    }

    /**
     * Confirms the winners in DELIBERATION: per category the given entries in order, or else the top N of the
     * ranking (N = winnersPerCategory); a tie across the cut must be settled by naming the winners. Replaces an
     * earlier confirmation.
     */
    @Transactional
    public List<Winner> confirm(UUID editionId, Map<String, List<UUID>> chosen, String actor) {
        Edition edition = Edition.require(editionId);
        if (edition.phase != Phase.DELIBERATION) {
            throw ProblemException.conflict("Winners are confirmed in DELIBERATION (the edition is " + edition.phase + ")");
        }
        Map<String, List<UUID>> choices = chosen == null ? Map.of() : chosen;
        choices.forEach((c, picks) -> {
            if (edition.category(c).isEmpty()) {
                throw ProblemException.invalidField("winners." + c, "is not a category of this edition");
            }
            if (picks == null || picks.contains(null) || new java.util.HashSet<>(picks).size() != picks.size()) {
                throw ProblemException.invalidField("winners." + c, "must list distinct entry ids in order of place");
            }
        });
        Winner.delete("editionId", editionId);
        Instant now = Instant.now(clock);
        List<Winner> winners = new ArrayList<>();
        Map<String, Object> decided = new LinkedHashMap<>();
        for (var category : edition.categoryList()) {
            RankingView ranking = compute(edition, category.code());
            List<Row> ranked = ranking.entries().stream().filter(r -> r.rank() != null).toList();
            if (ranked.isEmpty() && !choices.containsKey(category.code())) {
                continue;
            }
            List<UUID> picks = choices.containsKey(category.code()) ? choices.get(category.code())
                    : topN(ranked, edition.winnersPerCategory, category.code());
            for (int i = 0; i < picks.size(); i++) {
                UUID id = picks.get(i);
                if (ranking.entries().stream().noneMatch(r -> r.entryId().equals(id))) {
                    throw ProblemException.invalidField("winners." + category.code() + "[" + i + "]",
                            "is not an entry of this category in judging");
                }
                Winner w = new Winner();
                w.editionId = editionId;
                w.entryId = id;
                w.category = category.code();
                w.place = i + 1;
                w.confirmedBy = actor;
                w.confirmedAt = now;
                w.persist();
                winners.add(w);
            }
            outbox.record(EventTypes.RANKING_FINALIZED, editionId.toString(), "editions/" + editionId + "/categories/" + category.code(),
                    new RankingFinalizedV1(editionId, edition.year, category.code(), ranking.entries().stream()
                            .map(r -> new RankingFinalizedV1.Place(r.entryId(), r.city(), r.rank(),
                                    edition.normalise ? r.normalisedMean() : r.rawMean())).toList(), picks));
            decided.put(category.code(), picks.stream().map(UUID::toString).toList());
        }
        audit.append(editionId, actor, "RESULTS_CONFIRMED", editionId.toString(), decided);
        return winners;
    }

    private static List<UUID> topN(List<Row> ranked, int n, String category) {
        if (ranked.size() > n && ranked.get(n).rank() <= n) {
            throw ProblemException.conflict("In " + category + " entries tie across the cut of " + n
                    + " winner(s) (rank " + ranked.get(n).rank() + "); name the winners explicitly");
        }
        return ranked.stream().limit(n).map(Row::entryId).toList();
    }
}
