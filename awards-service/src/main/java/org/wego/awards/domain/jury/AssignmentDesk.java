package org.wego.awards.domain.jury;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wego.awards.domain.MemberCity;
import org.wego.awards.domain.assignment.AssignmentPlanner;
import org.wego.awards.domain.audit.AuditLog;
import org.wego.awards.domain.edition.Edition;
import org.wego.awards.domain.edition.Phase;
import org.wego.awards.domain.entry.Entry;
import org.wego.web.Problem;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Assigns judges to entries that passed screening: by hand, or by the {@link AssignmentPlanner}. */
@ApplicationScoped
public class AssignmentDesk {

    public record Pair(UUID entry, String judge) {
    }

    private final AuditLog audit;
    private final Clock clock;

    public AssignmentDesk(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** Assigns the given pairs; any pair breaking a rule refuses the whole request, each reason listed. */
    @Transactional
    public List<Assignment> assignManually(UUID editionId, List<Pair> pairs, String actor) {
        Edition edition = requireAssignable(editionId);
        List<Problem.Violation> problems = new ArrayList<>();
        List<Assignment> made = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            String at = "assignments[" + i + "]";
            Entry entry = Entry.findById(p.entry());
            Judge judge = Judge.of(editionId, p.judge());
            if (entry == null || !entry.editionId.equals(editionId) || entry.status != Entry.Status.PASSED) {
                problems.add(new Problem.Violation(at + ".entry", "is not an entry of this edition that passed screening"));
            } else if (judge == null) {
                problems.add(new Problem.Violation(at + ".judge", "is not a judge of this edition"));
            } else if (!judge.sits(entry.category)) {
                problems.add(new Problem.Violation(at + ".judge", p.judge() + " is not on the " + entry.category + " panel"));
            } else {
                JuryDesk.conflict(judge, entry).ifPresentOrElse(
                        c -> problems.add(new Problem.Violation(at + ".judge", p.judge() + " is conflicted: " + c.reason())),
                        () -> {
                            if (Assignment.count("entryId = ?1 and judge = ?2", p.entry(), p.judge()) == 0
                                    && made.stream().noneMatch(a -> a.entryId.equals(p.entry()) && a.judge.equals(p.judge()))) {
                                made.add(assignment(p.entry(), p.judge(), "MANUAL", actor));
                            }
                        });
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "assignment-refused", "Assignment refused", problems.size()
                    + " assignment(s) break a rule: " + problems.stream().map(v -> v.field() + " " + v.message()).toList());
        }
        made.forEach(a -> a.persist());
        if (!made.isEmpty()) {
            audit.append(edition.id, actor, "ASSIGNED", null, Map.of("mode", "MANUAL", "assignments",
                    made.stream().map(a -> Map.of("entry", a.entryId.toString(), "judge", a.judge)).toList()));
        }
        return made;
    }

    /** Plans (and unless {@code dryRun} saves) the automatic assignment of every passed entry. */
    @Transactional
    public AssignmentPlanner.Plan assignAutomatically(UUID editionId, boolean dryRun, String actor) {
        Edition edition = requireAssignable(editionId);
        List<Entry> entries = Entry.list("editionId = ?1 and status = ?2", editionId, Entry.Status.PASSED);
        Map<String, String> countries = new HashMap<>();
        MemberCity.<MemberCity>list("code in ?1", entries.stream().map(e -> e.city).collect(Collectors.toSet()))
                .forEach(c -> countries.put(c.code, c.country));
        List<AssignmentPlanner.Entry> planEntries = entries.stream().map(e -> new AssignmentPlanner.Entry(
                e.id.toString(), e.category, e.city, countries.get(e.city))).toList();
        List<AssignmentPlanner.Judge> judges = Judge.<Judge>list("editionId", editionId).stream()
                .map(j -> new AssignmentPlanner.Judge(j.username, j.city, j.country, j.categorySet())).toList();
        Set<UUID> ids = entries.stream().map(e -> e.id).collect(Collectors.toSet());
        Set<AssignmentPlanner.Pair> existing = new HashSet<>();
        Set<AssignmentPlanner.Pair> declared = new HashSet<>();
        if (!ids.isEmpty()) {
            Assignment.<Assignment>list("entryId in ?1", ids)
                    .forEach(a -> existing.add(new AssignmentPlanner.Pair(a.entryId.toString(), a.judge)));
            DeclaredConflict.<DeclaredConflict>list("entryId in ?1", ids)
                    .forEach(c -> declared.add(new AssignmentPlanner.Pair(c.entryId.toString(), c.judge)));
        }
        AssignmentPlanner.Plan plan = AssignmentPlanner.plan(planEntries, judges, existing, declared,
                edition.reviewersPerEntry, edition.judgeLoadLimit);
        if (dryRun) {
            return plan;
        }
        if (!plan.feasible()) {
            throw new ProblemException(422, "assignment-impossible", "No complete assignment exists",
                    String.join("; ", plan.problems()));
        }
        plan.assignments().forEach(p -> assignment(UUID.fromString(p.entryId()), p.judgeId(), "AUTO", actor).persist());
        if (!plan.assignments().isEmpty()) {
            audit.append(editionId, actor, "ASSIGNED", null, Map.of("mode", "AUTO", "maxLoad", plan.maxLoad(),
                    "assignments", plan.assignments().stream().map(p -> Map.of("entry", p.entryId(), "judge", p.judgeId())).toList()));
        }
        return plan;
    }

    public static List<Assignment> of(UUID editionId, String judge) {
        return judge == null
                ? Assignment.list("entryId in (select e.id from Entry e where e.editionId = ?1) order by entryId, judge", editionId)
                : Assignment.list("judge = ?2 and entryId in (select e.id from Entry e where e.editionId = ?1) order by entryId", editionId, judge);
    }

    private static Edition requireAssignable(UUID editionId) {
        Edition edition = Edition.require(editionId);
        if (edition.phase != Phase.SCREENING && edition.phase != Phase.JUDGING) {
            throw ProblemException.conflict("Judges are assigned in SCREENING or JUDGING (the edition is " + edition.phase + ")");
        }
        return edition;
    }

    private Assignment assignment(UUID entry, String judge, String mode, String actor) {
        Assignment a = new Assignment();
        a.entryId = entry;
        a.judge = judge;
        a.mode = mode;
        a.assignedBy = actor;
        a.assignedAt = Instant.now(clock);
        return a;
    }
}
