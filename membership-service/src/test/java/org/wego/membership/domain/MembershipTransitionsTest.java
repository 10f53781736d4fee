package org.wego.membership.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MembershipTransitionsTest {

    @ParameterizedTest(name = "{0} -> {1} by secretariat: {2}")
    @CsvSource({
            "APPLIED,   ACTIVE,    true",
            "APPLIED,   WITHDRAWN, true",
            "APPLIED,   SUSPENDED, false",
            "ACTIVE,    SUSPENDED, true",
            "ACTIVE,    LAPSED,    true",
            "ACTIVE,    WITHDRAWN, true",
            "ACTIVE,    ACTIVE,    false",
            "ACTIVE,    APPLIED,   false",
            "SUSPENDED, ACTIVE,    true",
            "SUSPENDED, LAPSED,    true",
            "LAPSED,    ACTIVE,    true",
            "LAPSED,    SUSPENDED, true",
            "WITHDRAWN, ACTIVE,    false",
            "EXPELLED,  ACTIVE,    false",
            "ACTIVE,    EXPELLED,  false",
    })
    void secretariatTransitions(MembershipStatus from, MembershipStatus to, boolean allowed) {
        assertEquals(allowed, MembershipTransitions.check(from, to, false).allowed());
    }

    @ParameterizedTest
    @CsvSource({"ACTIVE", "SUSPENDED", "LAPSED"})
    void onlyTheExecutiveExpels(MembershipStatus from) {
        assertTrue(MembershipTransitions.check(from, MembershipStatus.EXPELLED, true).allowed());
        MembershipTransitions.Decision bySecretariat = MembershipTransitions.check(from, MembershipStatus.EXPELLED, false);
        assertEquals(false, bySecretariat.allowed());
        assertTrue(bySecretariat.reason().contains("wego-admin"));
    }

    @ParameterizedTest
    @CsvSource({"ACTIVE, APPLIED, 'SUSPENDED, LAPSED, WITHDRAWN, EXPELLED'", "SUSPENDED, APPLIED, 'ACTIVE, LAPSED, WITHDRAWN, EXPELLED'"})
    void refusalNamesTheAllowedStatuses(MembershipStatus from, MembershipStatus to, String allowed) {
        String reason = MembershipTransitions.check(from, to, true).reason();
        assertTrue(reason.contains(allowed), reason);
    }

    @ParameterizedTest
    @CsvSource({"WITHDRAWN", "EXPELLED"})
    void endedMembershipsAcceptNoChange(MembershipStatus from) {
        String reason = MembershipTransitions.check(from, MembershipStatus.ACTIVE, true).reason();
        assertTrue(reason.contains("has ended"), reason);
        assertTrue(MembershipTransitions.allowedAfter(from).isEmpty());
    }
}
