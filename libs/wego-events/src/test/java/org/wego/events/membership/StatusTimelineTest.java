package org.wego.events.membership;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusTimelineTest {

    private static final LocalDate JAN = LocalDate.parse("2026-01-01");
    private static final LocalDate MAR = LocalDate.parse("2026-03-01");
    private static final LocalDate JUN = LocalDate.parse("2026-06-01");

    private static StatusTimeline.Change change(LocalDate on, long sequence, String status, boolean good) {
        return new StatusTimeline.Change(on, sequence, sequence, status, good);
    }

    @Test
    void theChangeInForceOnADayIsTheLatestEffectiveByThenWhateverTheArrivalOrder() {
        List<StatusTimeline.Change> changes = new ArrayList<>(List.of(
                change(JAN, 1, "SUSPENDED", false), change(MAR, 2, "ACTIVE", true), change(JUN, 3, "WITHDRAWN", false)));
        for (long seed = 0; seed < 6; seed++) {
            Collections.shuffle(changes, new Random(seed));
            StatusTimeline timeline = new StatusTimeline(changes);
            assertTrue(timeline.memberOn(JAN.minusDays(1)), "admitted, nothing in force yet");
            assertTrue(timeline.goodStandingOn(JAN.minusDays(1)));
            assertFalse(timeline.goodStandingOn(JAN));
            assertTrue(timeline.memberOn(JAN), "a suspended city is still a member");
            assertTrue(timeline.goodStandingOn(MAR.plusDays(1)));
            assertFalse(timeline.memberOn(JUN), "withdrawn from its effective date");
            assertTrue(timeline.memberOn(JUN.minusDays(1)));
            assertEquals("WITHDRAWN", timeline.latest().orElseThrow().status());
        }
    }

    @Test
    void onTheSameDayTheLaterSequenceWinsThenTheLaterArrival() {
        StatusTimeline timeline = new StatusTimeline(List.of(change(MAR, 9, "ACTIVE", true),
                change(MAR, 4, "EXPELLED", false)));
        assertTrue(timeline.memberOn(MAR));
        StatusTimeline unsequenced = new StatusTimeline(List.of(
                new StatusTimeline.Change(MAR, null, 2, "EXPELLED", false),
                new StatusTimeline.Change(MAR, null, 1, "ACTIVE", true)));
        assertFalse(unsequenced.memberOn(MAR));
    }

    @Test
    void aPublishedStandingTimelineSurvivesStorageAndAnswersByDay() {
        MemberStandingChangedV1 event = new MemberStandingChangedV1("seoul", List.of(
                new MemberStandingChangedV1.Period(JAN, "ACTIVE", true),
                new MemberStandingChangedV1.Period(MAR, "LAPSED", false),
                new MemberStandingChangedV1.Period(JUN, "EXPELLED", false)), "INVOICE");
        StatusTimeline timeline = MemberStandingChangedV1.timeline(event.encoded());
        assertTrue(timeline.goodStandingOn(MAR.minusDays(1)));
        assertFalse(timeline.goodStandingOn(MAR));
        assertTrue(timeline.memberOn(MAR));
        assertFalse(timeline.memberOn(JUN));
        assertEquals(JUN, timeline.latest().orElseThrow().effectiveDate());
    }
}
