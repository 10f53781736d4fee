package org.wego.membership.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.membership.domain.MembershipStatus.ACTIVE;
import static org.wego.membership.domain.MembershipStatus.LAPSED;
import static org.wego.membership.domain.MembershipStatus.SUSPENDED;
import static org.wego.membership.domain.MembershipStatus.WITHDRAWN;

class StatusTimelineTest {

    /** Joined 2008-09-01, suspended 2012-01-01, reinstated 2012-06-30, lapsed 2015-04-01, withdrew 2016-04-01. */
    static final StatusTimeline HISTORY = new StatusTimeline(List.of(
            // deliberately out of order: back-dated records arrive in any order
            new StatusTimeline.Entry(LAPSED, LocalDate.parse("2015-04-01"), 4),
            new StatusTimeline.Entry(ACTIVE, LocalDate.parse("2008-09-01"), 1),
            new StatusTimeline.Entry(SUSPENDED, LocalDate.parse("2012-01-01"), 2),
            new StatusTimeline.Entry(WITHDRAWN, LocalDate.parse("2016-04-01"), 5),
            new StatusTimeline.Entry(ACTIVE, LocalDate.parse("2012-06-30"), 3)));

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
            "2008-08-31, ",
            "2008-09-01, ACTIVE",
            "2011-12-31, ACTIVE",
            "2012-01-01, SUSPENDED",
            "2012-06-29, SUSPENDED",
            "2012-06-30, ACTIVE",
            "2015-03-31, ACTIVE",
            "2015-04-01, LAPSED",
            "2016-03-31, LAPSED",
            "2016-04-01, WITHDRAWN",
            "2030-01-01, WITHDRAWN",
    })
    void statusOnADateIsTheLastChangeInForce(String date, MembershipStatus expected) {
        assertEquals(expected, HISTORY.statusOn(LocalDate.parse(date)).orElse(null));
    }

    @ParameterizedTest(name = "member on {0}: {1}")
    @CsvSource({"2008-08-31, false", "2008-09-01, true", "2012-03-01, true", "2016-03-31, true", "2016-04-01, false"})
    void memberFromJoiningUntilWithdrawalWhateverItsStanding(String date, boolean member) {
        assertEquals(member, HISTORY.isMemberOn(LocalDate.parse(date)));
    }

    @Test
    void sameDayChangesApplyInTheOrderRecorded() {
        StatusTimeline sameDay = new StatusTimeline(List.of(
                new StatusTimeline.Entry(ACTIVE, LocalDate.parse("2020-01-01"), 1),
                new StatusTimeline.Entry(LAPSED, LocalDate.parse("2021-01-01"), 3),
                new StatusTimeline.Entry(SUSPENDED, LocalDate.parse("2021-01-01"), 2)));
        assertEquals(LAPSED, sameDay.statusOn(LocalDate.parse("2021-01-01")).orElseThrow());
        assertEquals(3, sameDay.latest().orElseThrow().sequence());
    }

    @Test
    void noChangesMeansNotAMember() {
        StatusTimeline empty = new StatusTimeline(List.of());
        assertTrue(empty.statusOn(LocalDate.parse("2020-01-01")).isEmpty());
        assertTrue(empty.latest().isEmpty());
    }
}
