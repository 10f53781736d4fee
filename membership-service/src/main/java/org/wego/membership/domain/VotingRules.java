package org.wego.membership.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * General Assembly rules as named policies: who is on the voting roll, whether a vote reached quorum, and whether an
 * item passed. One member, one vote; abstentions count towards quorum but not towards the majority.
 */
public final class VotingRules {

    public enum Majority { SIMPLE, TWO_THIRDS }

    public enum Outcome { PASSED, REJECTED, NO_QUORUM }

    public record Tally(int rollSize, int yes, int no, int abstain, int quorumNeeded, boolean quorumMet,
                        Outcome outcome) {
        public int votesCast() {
            return yes + no + abstain;
        }
    }

    private VotingRules() {
    }

    /** On the roll: in good standing (effective ACTIVE) on the cutoff date; ASSOCIATE members only if the rules say so. */
    public static boolean mayVote(MembershipStatus statusOnCutoff, MembershipType type, boolean associatesVote) {
        return statusOnCutoff == MembershipStatus.ACTIVE && (type == MembershipType.FULL || associatesVote);
    }

    /** Quorum: at least {@code ceil(rollSize × quorumFraction)} members voted (abstaining counts as taking part). */
    public static int quorumNeeded(int rollSize, BigDecimal quorumFraction) {
        return BigDecimal.valueOf(rollSize).multiply(quorumFraction).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    public static Tally tally(int rollSize, int yes, int no, int abstain, BigDecimal quorumFraction, Majority majority) {
        int needed = quorumNeeded(rollSize, quorumFraction);
        boolean quorum = rollSize > 0 && yes + no + abstain >= needed;
        Outcome outcome;
        if (!quorum) {
            outcome = Outcome.NO_QUORUM;
        } else if (majority == Majority.SIMPLE) {
            outcome = yes > no ? Outcome.PASSED : Outcome.REJECTED;
        } else {
            outcome = yes > 0 && 3L * yes >= 2L * (yes + no) ? Outcome.PASSED : Outcome.REJECTED;
        }
        return new Tally(rollSize, yes, no, abstain, needed, quorum, outcome);
    }
}
