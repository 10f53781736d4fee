package org.wego.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.wego.awards.domain.assignment.AssignmentPlanner;
import org.wego.awards.domain.judging.CategoryRanking;
import org.wego.awards.domain.judging.Normalisation;
import org.wego.awards.domain.judging.Rubric;
import org.wego.awards.domain.judging.ScoredReview;
import org.wego.awards.domain.judging.TieBreak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Awards issue targets: ranking with normalisation of 1,000 entries × 5 judges × 5 criteria under 50 ms (one
 * operation = weighting every review with the rubric, fitting the normalisation and ranking the category), and
 * automatic assignment of 1,000 entries to 60 judges with conflicts (one operation = one complete plan).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AwardsJudgingBenchmark {

    static final int ENTRIES = 1_000;
    static final int JUDGES_PER_ENTRY = 5;
    static final int PANEL = 60;
    static final List<String> COUNTRIES = List.of("KR", "KE", "ES", "BR", "ID", "MX", "PH", "RU", "TZ", "MN", "UZ", "PE");
    static final List<String> CATEGORIES = List.of("SERVICES", "EFFICIENCY", "OPEN_CITY", "URBAN_MANAGEMENT", "DIGITAL_DIVIDE");

    Rubric rubric = Rubric.defaults();
    List<String> entryIds = new ArrayList<>();
    List<String> reviewEntry = new ArrayList<>();
    List<String> reviewJudge = new ArrayList<>();
    List<Map<String, Integer>> reviewScores = new ArrayList<>();
    List<AssignmentPlanner.Entry> entries = new ArrayList<>();
    List<AssignmentPlanner.Judge> judges = new ArrayList<>();

    @Setup
    public void setUp() {
        Random random = new Random(42);
        for (int e = 0; e < ENTRIES; e++) {
            String id = String.format("entry-%04d", e);
            entryIds.add(id);
            for (int j = 0; j < JUDGES_PER_ENTRY; j++) {
                reviewEntry.add(id);
                reviewJudge.add("judge-" + random.nextInt(PANEL));
                Map<String, Integer> scores = new HashMap<>();
                rubric.criteria().forEach(c -> scores.put(c.code(), 1 + random.nextInt(10)));
                reviewScores.add(scores);
            }
            entries.add(new AssignmentPlanner.Entry(id, CATEGORIES.get(random.nextInt(CATEGORIES.size())),
                    "city-" + random.nextInt(300), COUNTRIES.get(random.nextInt(COUNTRIES.size()))));
        }
        for (int j = 0; j < PANEL; j++) {
            judges.add(new AssignmentPlanner.Judge("judge-" + j, "city-" + random.nextInt(300),
                    COUNTRIES.get(random.nextInt(COUNTRIES.size())), Set.of()));
        }
    }

    @Benchmark
    public CategoryRanking.Result rankThousandEntriesWithNormalisation() {
        List<ScoredReview> reviews = new ArrayList<>(reviewEntry.size());
        for (int i = 0; i < reviewEntry.size(); i++) {
            reviews.add(new ScoredReview(reviewEntry.get(i), reviewJudge.get(i), rubric.weighted(reviewScores.get(i))));
        }
        return CategoryRanking.rank(entryIds, reviews, Normalisation.fit(reviews), true, TieBreak.DEFAULT);
    }

    @Benchmark
    public AssignmentPlanner.Plan assignThousandEntriesToSixtyJudges() {
        AssignmentPlanner.Plan plan = AssignmentPlanner.plan(entries, judges, Set.of(), Set.of(), 3, 60);
        if (!plan.feasible()) {
            throw new IllegalStateException(plan.problems().toString());
        }
        return plan;
    }
}
