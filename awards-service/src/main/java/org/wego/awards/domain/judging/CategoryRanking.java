package org.wego.awards.domain.judging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Ranks the entries of one category from their submitted reviews. Entry score = mean over non-abstaining reviews
 * (raw and normalised shown side by side); the primary key is the normalised mean when the edition normalises and
 * the raw mean otherwise, followed by the edition's declared tie-breaks, compared on 4-decimal values; entries equal
 * on every key share a rank and the next rank skips (competition ranking 1, 1, 3). Entries without a scoring review
 * are listed last, unranked. Everything is computed from sorted inputs, so the result does not depend on input order.
 */
public final class CategoryRanking {

    public record EntryResult(String entryId, Integer rank, boolean sharedRank, BigDecimal rawMean,
                              BigDecimal normalisedMean, BigDecimal median, int topPlacements, int reviews,
                              int abstentions, BigDecimal spread) {
    }

    public record JudgeStats(String judge, int reviews, BigDecimal mean, BigDecimal spread) {
    }

    public record Result(List<EntryResult> entries, List<JudgeStats> judges, Agreement agreement,
                         List<String> rankedBy) {
    }

    private CategoryRanking() {
    }

    /**
     * @param entryIds      the category's entries in judging (passed screening)
     * @param reviews       submitted reviews of those entries
     * @param normalisation fitted on every review of the edition
     */
    public static Result rank(List<String> entryIds, List<ScoredReview> reviews, Normalisation normalisation,
                              boolean normalise, List<TieBreak> tieBreaks) {
        Map<String, List<ScoredReview>> byEntry = new TreeMap<>();
        new TreeSet<>(entryIds).forEach(id -> byEntry.put(id, new ArrayList<>()));
        Map<String, List<Double>> rawByJudge = new TreeMap<>();
        Map<String, Map<String, Double>> judgeEntryScores = new TreeMap<>();
        for (ScoredReview r : reviews) {
            List<ScoredReview> list = byEntry.get(r.entryId());
            if (list == null) {
                continue; // not in this category's ranking (e.g. screened out)
            }
            list.add(r);
            if (!r.abstained()) {
                rawByJudge.computeIfAbsent(r.judge(), j -> new ArrayList<>()).add(r.score());
                judgeEntryScores.computeIfAbsent(r.judge(), j -> new TreeMap<>()).put(r.entryId(), r.score());
            }
        }
        Map<String, Integer> topPlacements = topPlacements(judgeEntryScores);

        List<Keyed> keyed = new ArrayList<>();
        List<EntryResult> unranked = new ArrayList<>();
        Map<String, List<Double>> rawForAgreement = new LinkedHashMap<>();
        for (Map.Entry<String, List<ScoredReview>> e : byEntry.entrySet()) {
            List<Double> raw = new ArrayList<>();
            List<Double> normalised = new ArrayList<>();
            int abstentions = 0;
            for (ScoredReview r : e.getValue()) {
                if (r.abstained()) {
                    abstentions++;
                } else {
                    raw.add(r.score());
                    normalised.add(normalisation.normalise(r.judge(), r.score()));
                }
            }
            rawForAgreement.put(e.getKey(), raw);
            if (raw.isEmpty()) {
                unranked.add(new EntryResult(e.getKey(), null, false, null, null, null, 0, 0, abstentions, null));
                continue;
            }
            double[] r = Stats.sorted(raw);
            double[] n = Stats.sorted(normalised);
            Map<TieBreak, BigDecimal> values = new HashMap<>();
            values.put(TieBreak.RAW_MEAN, Stats.round(Stats.mean(r)));
            values.put(TieBreak.NORMALISED_MEAN, Stats.round(Stats.mean(n)));
            values.put(TieBreak.MEDIAN, Stats.round(Stats.median(normalise ? n : r)));
            values.put(TieBreak.TOP_PLACEMENTS, BigDecimal.valueOf(topPlacements.getOrDefault(e.getKey(), 0)));
            keyed.add(new Keyed(e.getKey(), values, r.length, abstentions, Stats.round(Stats.sd(r))));
        }

        List<TieBreak> order = new ArrayList<>();
        order.add(normalise ? TieBreak.NORMALISED_MEAN : TieBreak.RAW_MEAN);
        tieBreaks.stream().filter(t -> !order.contains(t)).forEach(order::add);
        Comparator<Keyed> byKeys = (a, b) -> {
            for (TieBreak t : order) {
                int c = b.values.get(t).compareTo(a.values.get(t));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        keyed.sort(byKeys.thenComparing(k -> k.entryId));

        List<EntryResult> results = new ArrayList<>();
        for (int i = 0; i < keyed.size(); i++) {
            Keyed k = keyed.get(i);
            int rank = i + 1;
            if (i > 0 && byKeys.compare(keyed.get(i - 1), k) == 0) {
                rank = results.get(i - 1).rank();
            }
            boolean shared = (i > 0 && byKeys.compare(keyed.get(i - 1), k) == 0)
                    || (i + 1 < keyed.size() && byKeys.compare(keyed.get(i + 1), k) == 0);
            results.add(new EntryResult(k.entryId, rank, shared, k.values.get(TieBreak.RAW_MEAN),
                    k.values.get(TieBreak.NORMALISED_MEAN), k.values.get(TieBreak.MEDIAN),
                    k.values.get(TieBreak.TOP_PLACEMENTS).intValue(), k.reviews, k.abstentions, k.spread));
        }
        results.addAll(unranked);

        List<JudgeStats> judges = new ArrayList<>();
        rawByJudge.forEach((judge, scores) -> {
            double[] s = Stats.sorted(scores);
            judges.add(new JudgeStats(judge, s.length, Stats.round(Stats.mean(s)), Stats.round(Stats.sd(s))));
        });
        return new Result(results, judges, Agreement.icc1(rawForAgreement), order.stream().map(Enum::name).toList());
    }

    /** For each judge, the entries they scored highest in this category (all of them when tied) get one placement. */
    private static Map<String, Integer> topPlacements(Map<String, Map<String, Double>> judgeEntryScores) {
        Map<String, Integer> placements = new HashMap<>();
        judgeEntryScores.values().forEach(scores -> {
            BigDecimal best = scores.values().stream().map(Stats::round).max(BigDecimal::compareTo).orElseThrow();
            scores.forEach((entry, score) -> {
                if (Stats.round(score).compareTo(best) == 0) {
                    placements.merge(entry, 1, Integer::sum);
                }
            });
        });
        return placements;
    }

    private record Keyed(String entryId, Map<TieBreak, BigDecimal> values, int reviews, int abstentions,
                         BigDecimal spread) {
    }
}
