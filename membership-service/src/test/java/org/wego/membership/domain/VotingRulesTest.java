package org.wego.membership.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VotingRulesTest {

    @ParameterizedTest(name = "{0} {1} associatesVote={2} -> {3}")
    @CsvSource({
            "ACTIVE,    FULL,      false, true",
            "ACTIVE,    ASSOCIATE, false, false",
            "ACTIVE,    ASSOCIATE, true,  true",
            "LAPSED,    FULL,      false, false",
            "SUSPENDED, FULL,      true,  false",
            "WITHDRAWN, FULL,      false, false",
    })
    void rollHoldsMembersInGoodStanding(MembershipStatus status, MembershipType type, boolean associates, boolean onRoll) {
        assertEquals(onRoll, VotingRules.mayVote(status, type, associates));
    }

    @ParameterizedTest(name = "roll {0} x {1} -> {2}")
    @CsvSource({"96, 0.5, 48", "95, 0.5, 48", "10, 0.34, 4", "0, 0.5, 0", "3, 1, 3"})
    void quorumRoundsUp(int roll, BigDecimal fraction, int needed) {
        assertEquals(needed, VotingRules.quorumNeeded(roll, fraction));
    }

    @ParameterizedTest(name = "roll {0}: {1} yes {2} no {3} abstain, {4} -> {5}")
    @CsvSource({
            "10, 3, 1, 0, SIMPLE,     NO_QUORUM",
            "10, 3, 1, 1, SIMPLE,     PASSED",
            "10, 3, 3, 4, SIMPLE,     REJECTED",
            "10, 2, 1, 7, SIMPLE,     PASSED",
            "10, 4, 2, 0, TWO_THIRDS, PASSED",
            "10, 4, 3, 0, TWO_THIRDS, REJECTED",
            "10, 0, 0, 6, TWO_THIRDS, REJECTED",
            "0,  0, 0, 0, SIMPLE,     NO_QUORUM",
    })
    void outcomes(int roll, int yes, int no, int abstain, VotingRules.Majority majority, VotingRules.Outcome outcome) {
        assertEquals(outcome, VotingRules.tally(roll, yes, no, abstain, new BigDecimal("0.5"), majority).outcome());
    }
}
