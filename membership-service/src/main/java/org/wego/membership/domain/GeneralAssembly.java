package org.wego.membership.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.wego.events.EventTypes;
import org.wego.events.membership.AssemblyRollFixedV1;
import org.wego.events.membership.VoteCastV1;
import org.wego.outbox.Outbox;
import org.wego.web.ProblemException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * General Assembly sessions: the voting roll is fixed once from each member's standing on the cutoff date; members on
 * the roll vote on agenda items during the session, one vote per member per item; closing an item tallies it.
 */
@ApplicationScoped
public class GeneralAssembly {

    private final MemberStanding standing;
    private final Outbox outbox;
    private final Clock clock;

    public GeneralAssembly(MemberStanding standing, Outbox outbox, Clock clock) {
        this.standing = standing;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Assembly create(Assembly assembly, Actor actor) {
        if (assembly.endsOn.isBefore(assembly.startsOn)) {
            throw ProblemException.invalidField("endsOn", "must not be before startsOn");
        }
        if (assembly.rollCutoff.isAfter(assembly.startsOn)) {
            throw ProblemException.invalidField("rollCutoff", "must be on or before startsOn");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            assembly.id = UUID.randomUUID();
            assembly.createdBy = actor.name();
            assembly.createdAt = Instant.now(clock);
            assembly.persist();
            return assembly;
        });
    }

    /** The fixed roll, with the assembly as it is after fixing (the caller's copy may predate it). */
    public record FixedRoll(Assembly assembly, List<String> members) {
    }

    public FixedRoll fixRoll(UUID assemblyId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assembly assembly = locked(assemblyId);
            if (assembly.rollFixedAt != null) {
                throw ProblemException.conflict("The voting roll was already fixed at " + assembly.rollFixedAt);
            }
            List<VotingRollEntry> roll = new ArrayList<>();
            Map<String, MembershipStatus> statuses = standing.everyMemberOn(assembly.rollCutoff);
            Map<String, MembershipType> types = MemberTypeChange.everyMemberOn(assembly.rollCutoff);
            for (Member member : Member.<Member>listAll(io.quarkus.panache.common.Sort.by("code"))) {
                MembershipStatus status = statuses.get(member.code);
                MembershipType type = types.getOrDefault(member.code, member.type); // the type on the cutoff
                if (VotingRules.mayVote(status, type, assembly.associatesVote)) {
                    VotingRollEntry entry = new VotingRollEntry();
                    entry.assemblyId = assembly.id;
                    entry.memberCode = member.code;
                    entry.membershipType = type;
                    entry.persist();
                    roll.add(entry);
                }
            }
            assembly.rollFixedAt = Instant.now(clock);
            outbox.record(EventTypes.ASSEMBLY_ROLL_FIXED, assembly.id.toString(), "assemblies/" + assembly.id,
                    new AssemblyRollFixedV1(assembly.id.toString(), assembly.rollCutoff,
                            roll.stream().map(e -> e.memberCode).toList(),
                            VotingRules.quorumNeeded(roll.size(), assembly.quorumFraction)));
            return new FixedRoll(assembly, roll.stream().map(e -> e.memberCode).toList());
        });
    }

    public AgendaItem addItem(UUID assemblyId, int number, String title, String description,
                              VotingRules.Majority majority) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                locked(assemblyId);
                if (AgendaItem.count("assemblyId = ?1 and number = ?2", assemblyId, number) > 0) {
                    throw ProblemException.conflict("Agenda item " + number + " exists");
                }
                AgendaItem item = new AgendaItem();
                item.id = UUID.randomUUID();
                item.assemblyId = assemblyId;
                item.number = number;
                item.title = title;
                item.description = description;
                item.majority = majority;
                item.persist();
                return item;
            });
        } catch (org.hibernate.exception.ConstraintViolationException raced) {
            throw ProblemException.conflict("Agenda item " + number + " exists");
        }
    }

    public Vote vote(UUID assemblyId, UUID itemId, String memberCode, Vote.Choice choice, Actor actor) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Assembly assembly = Assembly.findById(assemblyId);
                AgendaItem item = item(assemblyId, itemId, true);
                if (assembly.rollFixedAt == null) {
                    throw ProblemException.conflict("Voting opens once the voting roll is fixed");
                }
                if (item.closedAt != null) {
                    throw ProblemException.conflict("Agenda item " + item.number + " is closed");
                }
                LocalDate today = LocalDate.now(clock);
                if (today.isBefore(assembly.startsOn) || today.isAfter(assembly.endsOn)) {
                    throw ProblemException.unprocessable("outside-session", "Votes are cast during the session ("
                            + assembly.startsOn + " to " + assembly.endsOn + ")");
                }
                VotingRollEntry.Key key = new VotingRollEntry.Key();
                key.assemblyId = assemblyId;
                key.memberCode = memberCode;
                if (VotingRollEntry.findById(key) == null) {
                    throw ProblemException.unprocessable("not-on-roll", "'" + memberCode
                            + "' is not on the voting roll (not a FULL member in good standing on " + assembly.rollCutoff + ")");
                }
                if (Vote.count("itemId = ?1 and memberCode = ?2", itemId, memberCode) > 0) {
                    throw alreadyVoted(memberCode, item.number);
                }
                Vote vote = new Vote();
                vote.itemId = itemId;
                vote.memberCode = memberCode;
                vote.choice = choice;
                vote.castBy = actor.name();
                vote.castAt = Instant.now(clock);
                vote.persist();
                outbox.record(EventTypes.VOTE_CAST, assemblyId.toString(), "assemblies/" + assemblyId + "/items/" + itemId,
                        new VoteCastV1(assemblyId.toString(), itemId.toString(), memberCode, choice.name()));
                return vote;
            });
        } catch (org.hibernate.exception.ConstraintViolationException raced) {
            throw alreadyVoted(memberCode, -1);
        }
    }

    public AgendaItem close(UUID assemblyId, UUID itemId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AgendaItem item = item(assemblyId, itemId, true);
            if (item.closedAt != null) {
                throw ProblemException.conflict("Agenda item " + item.number + " is already closed");
            }
            item.closedAt = Instant.now(clock);
            return item;
        });
    }

    public VotingRules.Tally tally(Assembly assembly, AgendaItem item) {
        int roll = (int) VotingRollEntry.count("assemblyId", assembly.id);
        return VotingRules.tally(roll, count(item, Vote.Choice.YES), count(item, Vote.Choice.NO),
                count(item, Vote.Choice.ABSTAIN), assembly.quorumFraction, item.majority);
    }

    private static int count(AgendaItem item, Vote.Choice choice) {
        return (int) Vote.count("itemId = ?1 and choice = ?2", item.id, choice);
    }

    public static BigDecimal defaultQuorum() {
        return new BigDecimal("0.5");
    }

    private static Assembly locked(UUID id) {
        Assembly assembly = Assembly.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (assembly == null) {
            throw ProblemException.notFound("Assembly " + id);
        }
        return assembly;
    }

    public static AgendaItem item(UUID assemblyId, UUID itemId, boolean lock) {
        AgendaItem item = lock ? AgendaItem.findById(itemId, LockModeType.PESSIMISTIC_WRITE) : AgendaItem.findById(itemId);
        if (item == null || !item.assemblyId.equals(assemblyId)) {
            throw ProblemException.notFound("Agenda item " + itemId + " of assembly " + assemblyId);
        }
        return item;
    }

    private static ProblemException alreadyVoted(String memberCode, int number) {
        return ProblemException.conflict("'" + memberCode + "' has already voted on " + (number < 0 ? "this item" : "item " + number));
    }
}
