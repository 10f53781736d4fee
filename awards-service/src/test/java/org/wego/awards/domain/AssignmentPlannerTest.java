package org.wego.awards.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wego.awards.domain.assignment.AssignmentPlanner;
import org.wego.awards.domain.assignment.AssignmentPlanner.Entry;
import org.wego.awards.domain.assignment.AssignmentPlanner.Judge;
import org.wego.awards.domain.assignment.AssignmentPlanner.Pair;
import org.wego.awards.domain.assignment.AssignmentPlanner.Plan;
import org.wego.awards.domain.assignment.Conflicts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentPlannerTest {

    private static final List<String> CATEGORIES = List.of("SERVICES", "EFFICIENCY", "OPEN_CITY");
    private static final List<String> COUNTRIES = List.of("KR", "KE", "ES", "BR", "ID");

    @Test
    void aSeoulJudgeNeverGetsASeoulOrKoreanEntry() {
        List<Entry> entries = List.of(new Entry("seoul-1", "SERVICES", "seoul", "KR"),
                new Entry("busan-1", "SERVICES", "busan", "KR"), new Entry("madrid-1", "SERVICES", "madrid", "ES"));
        List<Judge> judges = List.of(new Judge("kim", "seoul", "KR", Set.of()), new Judge("ana", "lima", "PE", Set.of()),
                new Judge("ola", "oslo", "NO", Set.of()), new Judge("ali", "cairo", "EG", Set.of()));
        Plan plan = AssignmentPlanner.plan(entries, judges, Set.of(), Set.of(), 2, 5);
        assertTrue(plan.feasible(), plan.problems().toString());
        assertEquals(6, plan.assignments().size());
        assertTrue(plan.assignments().stream().filter(p -> p.judgeId().equals("kim")).allMatch(p -> p.entryId().equals("madrid-1")));
    }

    @Test
    void impossibleAssignmentsSayWhy() {
        List<Entry> entries = List.of(new Entry("seoul-1", "SERVICES", "seoul", "KR"));
        List<Judge> judges = List.of(new Judge("kim", "busan", "KR", Set.of()), new Judge("ana", "lima", "PE", Set.of("EFFICIENCY")),
                new Judge("ola", "oslo", "NO", Set.of()));
        Plan plan = AssignmentPlanner.plan(entries, judges, Set.of(), Set.of(), 3, 5);
        assertFalse(plan.feasible());
        assertTrue(plan.assignments().isEmpty());
        assertEquals("entry seoul-1 (seoul, SERVICES) needs 3 more judge(s) but only 1 are eligible "
                + "(1 conflicted, 1 not on the SERVICES panel)", plan.problems().get(0));

        List<Entry> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(new Entry("e" + i, "SERVICES", "c" + i, "US"));
        }
        Plan overloaded = AssignmentPlanner.plan(many, List.of(new Judge("a", "x", "FR", Set.of()),
                new Judge("b", "y", "DE", Set.of()), new Judge("c", "z", "IT", Set.of())), Set.of(), Set.of(), 3, 9);
        assertEquals(List.of("30 reviews are still needed but the 3 judges can take only 27 more under the load limit of 9"),
                overloaded.problems());
    }

    @Test
    void aFeasibleAssignmentAGreedyOneWouldMissIsFound() {
        // e1 may go to A or B, e2 only to A (B is Kenyan). Greedy-by-id would give e1 → A and strand e2; the flow does not.
        List<Entry> entries = List.of(new Entry("e1", "SERVICES", "lima", "PE"), new Entry("e2", "SERVICES", "nairobi", "KE"));
        List<Judge> judges = List.of(new Judge("A", "oslo", "NO", Set.of()), new Judge("B", "mombasa", "KE", Set.of()));
        Plan plan = AssignmentPlanner.plan(entries, judges, Set.of(), Set.of(), 1, 1);
        assertTrue(plan.feasible(), plan.problems().toString());
        assertEquals(List.of(new Pair("e1", "B"), new Pair("e2", "A")), plan.assignments());
    }

    @Test
    void existingAssignmentsAndDeclaredConflictsCount() {
        List<Entry> entries = List.of(new Entry("e1", "SERVICES", "lima", "PE"));
        List<Judge> judges = List.of(new Judge("A", "oslo", "NO", Set.of()), new Judge("B", "rome", "IT", Set.of()),
                new Judge("C", "bern", "CH", Set.of()), new Judge("D", "kyiv", "UA", Set.of()));
        Plan plan = AssignmentPlanner.plan(entries, judges, Set.of(new Pair("e1", "A")), Set.of(new Pair("e1", "B")), 3, 3);
        assertEquals(List.of(new Pair("e1", "C"), new Pair("e1", "D")), plan.assignments());
        assertEquals(1, plan.loads().get("A"));
    }

    static LongStream seeds() {
        return LongStream.range(1, 101);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void plansRespectEveryRule(long seed) {
        Random random = new Random(seed);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 10 + random.nextInt(60); i++) {
            String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            entries.add(new Entry("e" + i, CATEGORIES.get(random.nextInt(3)), "city" + random.nextInt(20), country));
        }
        List<Judge> judges = new ArrayList<>();
        for (int j = 0; j < 6 + random.nextInt(10); j++) {
            Set<String> panel = random.nextInt(3) == 0 ? Set.of() : new HashSet<>(List.of(CATEGORIES.get(random.nextInt(3)), CATEGORIES.get(random.nextInt(3))));
            judges.add(new Judge("j" + j, "city" + random.nextInt(20), COUNTRIES.get(random.nextInt(COUNTRIES.size())), panel));
        }
        Set<Pair> declared = new HashSet<>();
        for (int k = 0; k < 5; k++) {
            declared.add(new Pair(entries.get(random.nextInt(entries.size())).id(), judges.get(random.nextInt(judges.size())).id()));
        }
        int r = 1 + random.nextInt(3);
        int limit = 5 + random.nextInt(20);
        Plan plan = AssignmentPlanner.plan(entries, judges, Set.of(), declared, r, limit);

        // Never a conflicted or off-panel judge, whether or not the plan is complete.
        Map<String, Judge> judgeById = new HashMap<>();
        judges.forEach(j -> judgeById.put(j.id(), j));
        Map<String, Entry> entryById = new HashMap<>();
        entries.forEach(e -> entryById.put(e.id(), e));
        for (Pair p : plan.assignments()) {
            Judge j = judgeById.get(p.judgeId());
            Entry e = entryById.get(p.entryId());
            assertTrue(Conflicts.automatic(j.city(), j.country(), e.city(), e.country()).isEmpty(), "seed " + seed + " " + p);
            assertFalse(declared.contains(p), "seed " + seed + " " + p);
            assertTrue(j.categories().isEmpty() || j.categories().contains(e.category()), "seed " + seed + " " + p);
        }
        if (plan.feasible()) {
            Map<String, Integer> perEntry = new HashMap<>();
            Map<String, Integer> perJudge = new HashMap<>();
            for (Pair p : plan.assignments()) {
                perEntry.merge(p.entryId(), 1, Integer::sum);
                perJudge.merge(p.judgeId(), 1, Integer::sum);
            }
            entries.forEach(e -> assertEquals(r, perEntry.get(e.id()), "seed " + seed));
            assertEquals(entries.size() * r, new HashSet<>(plan.assignments()).size(), "seed " + seed + ": duplicates");
            perJudge.values().forEach(load -> assertTrue(load <= limit, "seed " + seed));
            assertEquals(perJudge.values().stream().max(Integer::compare).orElse(0), plan.maxLoad());
        } else {
            assertTrue(plan.assignments().isEmpty());
        }
        // Same situation, shuffled input: the same plan.
        List<Entry> e2 = new ArrayList<>(entries);
        List<Judge> j2 = new ArrayList<>(judges);
        Collections.shuffle(e2, random);
        Collections.shuffle(j2, random);
        assertEquals(plan, AssignmentPlanner.plan(e2, j2, Set.of(), declared, r, limit), "seed " + seed);
    }

    @Test
    void loadsAreEvenWhenEveryJudgeCanTakeEveryEntry() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            entries.add(new Entry(String.format("e%03d", i), "SERVICES", "c" + i, "US"));
        }
        List<Judge> judges = new ArrayList<>();
        for (int j = 0; j < 7; j++) {
            judges.add(new Judge("j" + j, "x" + j, "FR", Set.of()));
        }
        Plan plan = AssignmentPlanner.plan(entries, judges, Set.of(), Set.of(), 3, 100);
        assertEquals(43, plan.maxLoad()); // ceil(300 / 7)
        assertTrue(plan.maxLoad() - plan.minLoad() <= 1, plan.loads().toString());
    }
}
