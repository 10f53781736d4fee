package org.wego.awards.domain.jury;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wego.awards.domain.MemberCity;
import org.wego.awards.domain.assignment.Conflicts;
import org.wego.awards.domain.audit.AuditLog;
import org.wego.awards.domain.edition.Edition;
import org.wego.awards.domain.edition.Phase;
import org.wego.awards.domain.entry.Entry;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The jury of an edition: judges and their panels, and conflicts of interest (automatic and declared). */
@ApplicationScoped
public class JuryDesk {

    private final AuditLog audit;
    private final Clock clock;
    private final JudgeDirectory directory;

    public JuryDesk(AuditLog audit, Clock clock, JudgeDirectory directory) {
        this.audit = audit;
        this.clock = clock;
        this.directory = directory;
    }

    /**
     * Adds a judge as their Keycloak account describes them. The account is read before the transaction starts, so a
     * slow identity provider holds no database connection.
     */
    public Judge add(UUID editionId, JudgeSpec spec, String actor) {
        JudgeDirectory.JudgeIdentity who = directory.find(spec.username()).orElseThrow(() -> new ProblemException(422,
                "unknown-judge", "No such judge", "Keycloak has no user '" + spec.username() + "'"));
        return QuarkusTransaction.requiringNew().call(() -> add(editionId, spec, who, actor));
    }

    private Judge add(UUID editionId, JudgeSpec spec, JudgeDirectory.JudgeIdentity who, String actor) {
        Edition edition = Edition.require(editionId);
        if (edition.phase.atLeast(Phase.DELIBERATION)) {
            throw ProblemException.conflict("The jury is fixed once the edition is in " + edition.phase);
        }
        List<String> categories = spec.categories() == null ? List.of() : spec.categories().stream().distinct().sorted().toList();
        List<String> unknown = categories.stream().filter(c -> edition.category(c).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidField("categories", "not categories of this edition: " + unknown);
        }
        MemberCity home = who.city() == null ? null : MemberCity.findById(who.city());
        String memberCountry = home == null ? null : home.country;
        List<String> problems = HomeCityCheck.problems(who, spec.city(), spec.country(), memberCountry);
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "judge-identity", "The judge's account cannot decide conflicts",
                    String.join("; ", problems));
        }
        if (Judge.of(editionId, who.username()) != null) {
            throw ProblemException.conflict(who.username() + " is already a judge of this edition");
        }
        Judge j = new Judge();
        j.editionId = editionId;
        j.username = who.username();
        j.name = spec.name() == null || spec.name().isBlank() ? who.name() : spec.name().trim();
        j.city = who.city();
        j.country = HomeCityCheck.country(who, memberCountry);
        j.categories = String.join(",", categories);
        j.addedBy = actor;
        j.addedAt = Instant.now(clock);
        j.persist();
        audit.append(editionId, actor, "JUDGE_ADDED", j.username, Map.of("city", j.city, "country", j.country, "categories", categories));
        return j;
    }

    @Transactional
    public void remove(UUID editionId, String username, String actor) {
        Judge j = requireJudge(editionId, username);
        if (Assignment.count("judge = ?1 and entryId in (select e.id from Entry e where e.editionId = ?2)", username, editionId) > 0) {
            throw ProblemException.conflict(username + " has assignments in this edition; remove them first");
        }
        j.delete();
        audit.append(editionId, actor, "JUDGE_REMOVED", username, Map.of());
    }

    public static Judge requireJudge(UUID editionId, String username) {
        Judge j = Judge.of(editionId, username);
        if (j == null) {
            throw ProblemException.notFound("Judge " + username + " of edition " + editionId);
        }
        return j;
    }

    /** Why this judge may not see this entry, if they may not. */
    public static Optional<ConflictView> conflict(Judge judge, Entry entry) {
        DeclaredConflict declared = DeclaredConflict.find("entryId = ?1 and judge = ?2", entry.id, judge.username).firstResult();
        if (declared != null) {
            return Optional.of(new ConflictView(judge.username, Conflicts.Kind.DECLARED.name(), declared.reason));
        }
        return Conflicts.automatic(judge.city, judge.country, entry.city, countryOf(entry.city))
                .map(kind -> new ConflictView(judge.username, kind.name(), kind == Conflicts.Kind.SAME_CITY
                        ? "the judge is from " + entry.city : "the judge is from the entry's country " + judge.country));
    }

    public static List<ConflictView> conflicts(Entry entry) {
        List<ConflictView> out = new ArrayList<>();
        for (Judge j : Judge.<Judge>list("editionId = ?1 order by username", entry.editionId)) {
            conflict(j, entry).ifPresent(out::add);
        }
        return out;
    }

    /** A judge declares a conflict (or staff records one for them) before scoring; an assignment is withdrawn. */
    @Transactional
    public ConflictView declare(UUID entryId, String judgeUsername, String reason, String actor) {
        Entry entry = Entry.require(entryId);
        Judge judge = requireJudge(entry.editionId, judgeUsername);
        if (Review.count("entryId = ?1 and judge = ?2", entryId, judgeUsername) > 0) {
            throw ProblemException.conflict(judgeUsername + " has already reviewed this entry; conflicts are declared before scoring");
        }
        if (DeclaredConflict.count("entryId = ?1 and judge = ?2", entryId, judgeUsername) > 0) {
            throw ProblemException.conflict("This conflict is already declared");
        }
        DeclaredConflict c = new DeclaredConflict();
        c.entryId = entryId;
        c.judge = judge.username;
        c.reason = reason.trim();
        c.declaredBy = actor;
        c.declaredAt = Instant.now(clock);
        c.persist();
        long withdrawn = Assignment.delete("entryId = ?1 and judge = ?2", entryId, judgeUsername);
        audit.append(entry.editionId, actor, "CONFLICT_DECLARED", entryId.toString(),
                Map.of("judge", judgeUsername, "reason", c.reason, "assignmentWithdrawn", withdrawn > 0));
        return new ConflictView(judgeUsername, Conflicts.Kind.DECLARED.name(), c.reason);
    }

    static String countryOf(String city) {
        MemberCity member = MemberCity.findById(city);
        return member == null ? null : member.country;
    }
}
