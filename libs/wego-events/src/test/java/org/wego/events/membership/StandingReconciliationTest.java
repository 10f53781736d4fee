package org.wego.events.membership;

import org.junit.jupiter.api.Test;
import org.wego.events.membership.MemberStandingChangedV1.Period;
import org.wego.events.membership.StandingReconciliation.MemberTimeline;
import org.wego.events.membership.StandingReconciliation.SourcePeriod;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StandingReconciliationTest {

    private static final LocalDate JOINED = LocalDate.of(2012, 1, 1);
    private static final LocalDate LAPSE = LocalDate.of(2026, 4, 1);

    @Test
    void timelinesThatSayTheSameOnEveryDayAgreeEvenIfSplitDifferently() {
        List<Period> source = List.of(new Period(JOINED, "ACTIVE", true), new Period(LAPSE, "LAPSED", false));
        List<Period> held = List.of(new Period(JOINED, "ACTIVE", true), new Period(JOINED.plusYears(3), "ACTIVE", true),
                new Period(LAPSE, "LAPSED", false));
        assertNull(StandingReconciliation.firstDifference(source, held));
    }

    @Test
    void theFirstDayOfDisagreementIsFound() {
        List<Period> source = List.of(new Period(JOINED, "ACTIVE", true), new Period(LAPSE, "LAPSED", false));
        List<Period> missedTheLapse = List.of(new Period(JOINED, "ACTIVE", true));
        assertEquals(LAPSE, StandingReconciliation.firstDifference(source, missedTheLapse));
        List<Period> lateAdmission = List.of(new Period(JOINED.plusDays(5), "ACTIVE", true), new Period(LAPSE, "LAPSED", false));
        assertEquals(JOINED, StandingReconciliation.firstDifference(source, lateAdmission));
    }

    @Test
    void theReportListsUnknownCitiesAndDifferentTimelinesWithWhatEachSays() {
        List<MemberTimeline> source = List.of(
                new MemberTimeline("seoul", List.of(new SourcePeriod(JOINED, "ACTIVE", true))),
                new MemberTimeline("lima", List.of(new SourcePeriod(JOINED, "ACTIVE", true),
                        new SourcePeriod(LAPSE, "LAPSED", false))),
                new MemberTimeline("quito", List.of(new SourcePeriod(JOINED, "ACTIVE", true))));
        Map<String, List<Period>> held = Map.of("seoul", List.of(new Period(JOINED, "ACTIVE", true)),
                "lima", List.of(new Period(JOINED, "ACTIVE", true)));
        StandingReconciliation.Report report = StandingReconciliation.compare("awards-service", source, held::get);
        assertEquals(3, report.checked());
        assertEquals(1, report.agreeing());
        assertEquals(List.of("lima", "quito"), report.differences().stream().map(StandingReconciliation.Difference::code).toList());
        StandingReconciliation.Difference lima = report.differences().get(0);
        assertEquals("DIFFERENT_TIMELINE", lima.kind());
        assertEquals(LAPSE, lima.firstDifferentDay());
        assertEquals("LAPSED/not-good", lima.source());
        assertEquals("ACTIVE/good", lima.held());
        assertEquals("UNKNOWN_CITY", report.differences().get(1).kind());
    }

    @Test
    void withoutAnAnnouncedTimelineTheConsumerHoldsAdmissionThenStatusChanges() {
        StatusTimeline changes = new StatusTimeline(List.of(
                new StatusTimeline.Change(LAPSE, 2L, 1, "SUSPENDED", false)));
        assertEquals(List.of(new Period(JOINED, "ACTIVE", true), new Period(LAPSE, "SUSPENDED", false)),
                StandingReconciliation.held(null, JOINED, changes));
        StatusTimeline announced = MemberStandingChangedV1.timeline(JOINED + ":ACTIVE:true;" + LAPSE + ":LAPSED:false");
        assertEquals(List.of(new Period(JOINED, "ACTIVE", true), new Period(LAPSE, "LAPSED", false)),
                StandingReconciliation.held(announced, JOINED, changes));
    }
}
