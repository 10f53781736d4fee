package org.wego.awards.domain.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Automatic assignment: every entry gets {@code reviewersPerEntry} judges (counting those already assigned), only
 * judges on the entry's category panel and never a conflicted one, no judge above the load limit, and loads as even
 * as possible. Solved exactly as a maximum flow (source → entry → eligible judge → sink), with the judges' capacity
 * binary-searched down to the smallest maximum load that still places every review, then evened out by moving
 * reviews from the busiest judges to eligible lighter ones. When no assignment exists the plan says why.
 * Inputs are sorted by id first, so the same situation always gives the same plan.
 */
public final class AssignmentPlanner {

    public record Entry(String id, String category, String city, String country) {
    }

    /** {@code categories} empty = on every panel. */
    public record Judge(String id, String city, String country, Set<String> categories) {
    }

    public record Pair(String entryId, String judgeId) {
    }

    /**
     * @param assignments the new assignments (empty when already complete)
     * @param loads       each judge's total load after the plan, existing assignments included
     * @param problems    why no complete assignment exists (then {@code assignments} is empty)
     */
    public record Plan(List<Pair> assignments, Map<String, Integer> loads, int maxLoad, int minLoad,
                       List<String> problems) {
        public boolean feasible() {
            return problems.isEmpty();
        }
    }

    private AssignmentPlanner() {
    }

    /**
     * @param existing  assignments already made (manual or earlier runs)
     * @param declared  conflicts judges declared (entry, judge)
     */
    public static Plan plan(List<Entry> entriesIn, List<Judge> judgesIn, Set<Pair> existing, Set<Pair> declared,
                            int reviewersPerEntry, int loadLimit) {
        List<Entry> entries = entriesIn.stream().sorted(Comparator.comparing(Entry::id)).toList();
        List<Judge> judges = judgesIn.stream().sorted(Comparator.comparing(Judge::id)).toList();
        Map<String, Integer> load = new TreeMap<>();
        judges.forEach(j -> load.put(j.id(), 0));
        Map<String, Integer> have = new HashMap<>();
        for (Pair p : existing) {
            load.merge(p.judgeId(), 1, Integer::sum);
            have.merge(p.entryId(), 1, Integer::sum);
        }

        List<String> problems = new ArrayList<>();
        int[] need = new int[entries.size()];
        List<List<Integer>> eligible = new ArrayList<>();
        int totalNeed = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            need[i] = Math.max(0, reviewersPerEntry - have.getOrDefault(e.id(), 0));
            totalNeed += need[i];
            List<Integer> ok = new ArrayList<>();
            int conflicted = 0;
            int offPanel = 0;
            for (int j = 0; j < judges.size(); j++) {
                Judge judge = judges.get(j);
                Pair pair = new Pair(e.id(), judge.id());
                if (existing.contains(pair)) {
                    continue;
                }
                if (!judge.categories().isEmpty() && !judge.categories().contains(e.category())) {
                    offPanel++;
                } else if (declared.contains(pair)
                        || Conflicts.automatic(judge.city(), judge.country(), e.city(), e.country()).isPresent()) {
                    conflicted++;
                } else {
                    ok.add(j);
                }
            }
            eligible.add(ok);
            if (ok.size() < need[i]) {
                problems.add("entry " + e.id() + " (" + e.city() + ", " + e.category() + ") needs " + need[i]
                        + " more judge(s) but only " + ok.size() + " are eligible (" + conflicted + " conflicted, "
                        + offPanel + " not on the " + e.category() + " panel)");
            }
        }
        int capacity = 0;
        for (Judge j : judges) {
            capacity += Math.max(0, loadLimit - load.get(j.id()));
        }
        if (totalNeed > capacity) {
            problems.add(totalNeed + " reviews are still needed but the " + judges.size()
                    + " judges can take only " + capacity + " more under the load limit of " + loadLimit);
        }
        if (!problems.isEmpty()) {
            return new Plan(List.of(), load, max(load), min(load), problems);
        }

        int floor = load.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int lo = Math.max(floor, judges.isEmpty() ? 0 : ceilDiv(totalNeed + existing.size(), judges.size()));
        int hi = loadLimit;
        Solution best = solve(entries, judges, need, eligible, load, hi);
        if (best.placed < totalNeed) {
            return new Plan(List.of(), load, max(load), min(load), List.of("at most " + best.placed + " of the "
                    + totalNeed + " reviews still needed can be placed under the load limit of " + loadLimit
                    + " without a conflicted or off-panel judge; raise the limit or add judges to the panels of: "
                    + String.join(", ", best.shortCategories)));
        }
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            Solution s = solve(entries, judges, need, eligible, load, mid);
            if (s.placed == totalNeed) {
                best = s;
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (best.limit != hi) {
            best = solve(entries, judges, need, eligible, load, hi);
        }
        List<Pair> pairs = even(best.pairs, entries, judges, eligible, load);
        Map<String, Integer> after = new TreeMap<>(load);
        pairs.forEach(p -> after.merge(p.judgeId(), 1, Integer::sum));
        return new Plan(pairs, after, max(after), min(after), List.of());
    }

    private record Solution(int limit, int placed, List<Pair> pairs, Set<String> shortCategories) {
    }

    private static Solution solve(List<Entry> entries, List<Judge> judges, int[] need, List<List<Integer>> eligible,
                                  Map<String, Integer> load, int limit) {
        int n = entries.size();
        int source = n + judges.size();
        int sink = source + 1;
        MaxFlow flow = new MaxFlow(sink + 1);
        int[][] edge = new int[n][];
        for (int i = 0; i < n; i++) {
            flow.addEdge(source, i, need[i]);
            List<Integer> ok = eligible.get(i);
            edge[i] = new int[ok.size()];
            for (int k = 0; k < ok.size(); k++) {
                edge[i][k] = flow.addEdge(i, n + ok.get(k), 1);
            }
        }
        for (int j = 0; j < judges.size(); j++) {
            flow.addEdge(n + j, sink, Math.max(0, limit - load.get(judges.get(j).id())));
        }
        int placed = flow.run(source, sink);
        List<Pair> pairs = new ArrayList<>();
        Set<String> shortCategories = new java.util.TreeSet<>();
        for (int i = 0; i < n; i++) {
            int got = 0;
            for (int k = 0; k < edge[i].length; k++) {
                if (flow.flow(edge[i][k]) > 0) {
                    pairs.add(new Pair(entries.get(i).id(), judges.get(eligible.get(i).get(k)).id()));
                    got++;
                }
            }
            if (got < need[i]) {
                shortCategories.add(entries.get(i).category());
            }
        }
        return new Solution(limit, placed, pairs, shortCategories);
    }

    /** Moves reviews from the busiest judges to eligible judges carrying at least two fewer, while that helps. */
    private static List<Pair> even(List<Pair> pairs, List<Entry> entries, List<Judge> judges,
                                   List<List<Integer>> eligible, Map<String, Integer> existingLoad) {
        Map<String, Integer> load = new HashMap<>(existingLoad);
        pairs.forEach(p -> load.merge(p.judgeId(), 1, Integer::sum));
        Map<String, Integer> entryIndex = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            entryIndex.put(entries.get(i).id(), i);
        }
        Set<Pair> taken = new HashSet<>(pairs);
        List<Pair> result = new ArrayList<>(pairs);
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int p = 0; p < result.size(); p++) {
                Pair pair = result.get(p);
                int from = load.get(pair.judgeId());
                for (int j : eligible.get(entryIndex.get(pair.entryId()))) {
                    String candidate = judges.get(j).id();
                    Pair alternative = new Pair(pair.entryId(), candidate);
                    if (load.get(candidate) <= from - 2 && !taken.contains(alternative)) {
                        taken.remove(pair);
                        taken.add(alternative);
                        result.set(p, alternative);
                        load.merge(pair.judgeId(), -1, Integer::sum);
                        load.merge(candidate, 1, Integer::sum);
                        moved = true;
                        break;
                    }
                }
            }
        }
        result.sort(Comparator.comparing(Pair::entryId).thenComparing(Pair::judgeId));
        return result;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static int max(Map<String, Integer> load) {
        return load.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static int min(Map<String, Integer> load) {
        return load.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }
}
