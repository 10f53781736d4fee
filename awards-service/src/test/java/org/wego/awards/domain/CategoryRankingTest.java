package org.wego.awards.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.wego.awards.domain.judging.CategoryRanking;
import org.wego.awards.domain.judging.Normalisation;
import org.wego.awards.domain.judging.ScoredReview;
import org.wego.awards.domain.judging.TieBreak;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table cases worked out by hand, then properties checked over many seeded random juries (the seed is in the name). */
class CategoryRankingTest {

    private static ScoredReview r(String entry, String judge, Double score) {
        return new ScoredReview(entry, judge, score);
    }

    private static CategoryRanking.Result rank(List<String> entries, List<ScoredReview> reviews, boolean normalise,
                                               List<TieBreak> tieBreaks) {
        return CategoryRanking.rank(entries, reviews, Normalisation.fit(reviews), normalise, tieBreaks);
    }

    private static CategoryRanking.EntryResult of(CategoryRanking.Result result, String entry) {
        return result.entries().stream().filter(e -> e.entryId().equals(entry)).findFirst().orElseThrow();
    }

    @Test
    void normalisationPutsAHarshAndALenientJudgeOnOneScale() {
        // H scores e1 3, e2 5 (mean 4); L scores e3 9, e4 7 (mean 8). All four: mean 6, sd sqrt(20/3).
        // Normalised: 6 ± sqrt(20/3) / sqrt(2) = 6 ± 1.8257 → e2 = e3 = 7.8257, e1 = e4 = 4.1743.
        List<ScoredReview> reviews = List.of(r("e1", "H", 3.0), r("e2", "H", 5.0), r("e3", "L", 9.0), r("e4", "L", 7.0));
        CategoryRanking.Result result = rank(List.of("e1", "e2", "e3", "e4"), reviews, true, TieBreak.DEFAULT);
        assertEquals(new BigDecimal("7.8257"), of(result, "e2").normalisedMean());
        assertEquals(new BigDecimal("7.8257"), of(result, "e3").normalisedMean());
        assertEquals(new BigDecimal("4.1743"), of(result, "e4").normalisedMean());
        assertEquals(new BigDecimal("5.0000"), of(result, "e2").rawMean());
        // Both tops placed first by their judge, equal medians: a shared first place, then competition rank 3.
        assertEquals(List.of(1, 1, 3, 3), result.entries().stream().map(CategoryRanking.EntryResult::rank).toList());
        assertTrue(of(result, "e2").sharedRank());
        assertEquals(List.of("NORMALISED_MEAN", "MEDIAN", "TOP_PLACEMENTS"), result.rankedBy());

        CategoryRanking.Result raw = rank(List.of("e1", "e2", "e3", "e4"), reviews, false, List.of());
        assertEquals(List.of("e3", "e4", "e2", "e1"), raw.entries().stream().map(CategoryRanking.EntryResult::entryId).toList());
        assertEquals(List.of(1, 2, 3, 4), raw.entries().stream().map(CategoryRanking.EntryResult::rank).toList());
    }

    @Test
    void tieBreaksApplyInTheDeclaredOrder() {
        // Same mean 7; medians 7 (a: 6,7,8) vs 8 (b: 5,8,8); top placements: judge X tops a, Y and Z top b.
        List<ScoredReview> reviews = List.of(
                r("a", "X", 8.0), r("a", "Y", 7.0), r("a", "Z", 6.0),
                r("b", "X", 5.0), r("b", "Y", 8.0), r("b", "Z", 8.0));
        CategoryRanking.Result byMedian = rank(List.of("a", "b"), reviews, false, List.of(TieBreak.MEDIAN));
        assertEquals("b", byMedian.entries().get(0).entryId());
        assertEquals(2, of(byMedian, "b").topPlacements());
        assertEquals(List.of(1, 2), byMedian.entries().stream().map(CategoryRanking.EntryResult::rank).toList());

        CategoryRanking.Result noTieBreak = rank(List.of("a", "b"), reviews, false, List.of());
        assertEquals(List.of(1, 1), noTieBreak.entries().stream().map(CategoryRanking.EntryResult::rank).toList());
    }

    @Test
    void abstentionsDoNotCountAndUnscoredEntriesComeLastUnranked() {
        List<ScoredReview> reviews = List.of(r("a", "X", 6.0), r("a", "Y", null), r("b", "X", 9.0), r("c", "Y", null));
        CategoryRanking.Result result = rank(List.of("a", "b", "c"), reviews, false, TieBreak.DEFAULT);
        assertEquals(List.of("b", "a", "c"), result.entries().stream().map(CategoryRanking.EntryResult::entryId).toList());
        assertEquals(new BigDecimal("6.0000"), of(result, "a").rawMean());
        assertEquals(1, of(result, "a").abstentions());
        assertNull(of(result, "c").rank());
        assertEquals(1, result.judges().size()); // Y never scored
    }

    static LongStream seeds() {
        return LongStream.range(1, 201);
    }

    /** A random jury: 4-12 entries, 3-6 judges, each entry reviewed by 2-3 of them, some abstentions, many ties. */
    private static List<ScoredReview> jury(Random random, List<String> entries) {
        int judges = 3 + random.nextInt(4);
        List<ScoredReview> reviews = new ArrayList<>();
        for (String e : entries) {
            List<Integer> panel = new ArrayList<>();
            for (int j = 0; j < judges; j++) {
                panel.add(j);
            }
            Collections.shuffle(panel, random);
            for (int k = 0; k < 2 + random.nextInt(2); k++) {
                Double score = random.nextInt(10) == 0 ? null : (double) (1 + random.nextInt(10)) / (random.nextBoolean() ? 1 : 2) + 0.5;
                reviews.add(r(e, "j" + panel.get(k), score));
            }
        }
        return reviews;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void rankingsAreInvariantToInputOrder(long seed) {
        Random random = new Random(seed);
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 4 + random.nextInt(9); i++) {
            entries.add("e" + i);
        }
        List<ScoredReview> reviews = jury(random, entries);
        boolean normalise = random.nextBoolean();
        CategoryRanking.Result expected = rank(entries, reviews, normalise, TieBreak.DEFAULT);
        for (int shuffle = 0; shuffle < 5; shuffle++) {
            List<String> e = new ArrayList<>(entries);
            List<ScoredReview> rv = new ArrayList<>(reviews);
            Collections.shuffle(e, random);
            Collections.shuffle(rv, random);
            assertEquals(expected, rank(e, rv, normalise, TieBreak.DEFAULT), "seed " + seed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void normalisingAHarshJudgeKeepsTheOrderOfTheirEntries(long seed) {
        Random random = new Random(seed);
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 4 + random.nextInt(9); i++) {
            entries.add("e" + i);
        }
        List<ScoredReview> fair = jury(random, entries);
        double harshness = 1 + random.nextInt(4);
        List<ScoredReview> reviews = fair.stream().map(rv -> rv.judge().equals("j0") && !rv.abstained()
                ? r(rv.entryId(), "j0", Math.max(1, rv.score() - harshness)) : rv).toList();
        Normalisation n = Normalisation.fit(reviews);
        List<ScoredReview> harsh = reviews.stream().filter(rv -> rv.judge().equals("j0") && !rv.abstained())
                .sorted(Comparator.comparing(ScoredReview::score)).toList();
        for (int i = 1; i < harsh.size(); i++) {
            double before = n.normalise("j0", harsh.get(i - 1).score());
            double after = n.normalise("j0", harsh.get(i).score());
            assertTrue(before <= after, "seed " + seed + ": " + harsh);
            if (harsh.get(i - 1).score() < harsh.get(i).score() && after < 10 && before > 1) {
                assertTrue(before < after, "seed " + seed + ": strict order lost");
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void competitionRanksSkipAfterTies(long seed) {
        Random random = new Random(seed);
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < 4 + random.nextInt(9); i++) {
            entries.add("e" + i);
        }
        CategoryRanking.Result result = rank(entries, jury(random, entries), random.nextBoolean(), TieBreak.DEFAULT);
        List<CategoryRanking.EntryResult> ranked = result.entries().stream().filter(e -> e.rank() != null).toList();
        for (int i = 0; i < ranked.size(); i++) {
            int rank = ranked.get(i).rank();
            long better = ranked.stream().filter(e -> e.rank() < rank).count();
            assertEquals(better + 1, rank, "seed " + seed + ": rank = 1 + number of entries ranked strictly better");
        }
    }
}
