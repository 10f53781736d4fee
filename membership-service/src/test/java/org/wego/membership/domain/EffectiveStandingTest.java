package org.wego.membership.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wego.membership.domain.MembershipStatus.ACTIVE;
import static org.wego.membership.domain.MembershipStatus.LAPSED;
import static org.wego.membership.domain.MembershipStatus.SUSPENDED;
import static org.wego.membership.domain.MembershipStatus.WITHDRAWN;

class EffectiveStandingTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    private static StatusTimeline decided(Object... statusAndDate) {
        List<StatusTimeline.Entry> entries = new ArrayList<>();
        for (int i = 0; i < statusAndDate.length; i += 2) {
            entries.add(new StatusTimeline.Entry((MembershipStatus) statusAndDate[i], d((String) statusAndDate[i + 1]), i));
        }
        return new StatusTimeline(entries);
    }

    private static DuesStanding.Movement m(int amount, String on) {
        return new DuesStanding.Movement(new BigDecimal(amount), d(on));
    }

    private static final DuesStanding.Invoice PAID_LATE = new DuesStanding.Invoice(2016, new BigDecimal(5000), "USD",
            d("2016-03-31"), List.of(m(2000, "2016-05-10"), m(3000, "2016-08-01")), List.of());

    @Test
    void anUnpaidInvoiceLapsesTheMemberTheDayAfterGraceAndTheLastPaymentRestoresIt() {
        // Grace of 90 days after 2016-03-31 ends on 2016-06-29: LAPSED from 06-30 until the balance is paid on 08-01.
        assertEquals(List.of(new EffectiveStanding.Period(d("2015-01-01"), ACTIVE),
                        new EffectiveStanding.Period(d("2016-06-30"), LAPSED),
                        new EffectiveStanding.Period(d("2016-08-01"), ACTIVE)),
                EffectiveStanding.of(decided(ACTIVE, "2015-01-01"), new DuesStanding(List.of(PAID_LATE), 90)));
    }

    @Test
    void aDecidedStatusOtherThanActiveIsNotOverriddenByTheLedger() {
        StatusTimeline decided = decided(ACTIVE, "2015-01-01", SUSPENDED, "2016-07-15", ACTIVE, "2016-09-01",
                WITHDRAWN, "2017-01-01");
        assertEquals(List.of(new EffectiveStanding.Period(d("2015-01-01"), ACTIVE),
                        new EffectiveStanding.Period(d("2016-06-30"), LAPSED),
                        new EffectiveStanding.Period(d("2016-07-15"), SUSPENDED),
                        new EffectiveStanding.Period(d("2016-09-01"), ACTIVE),
                        new EffectiveStanding.Period(d("2017-01-01"), WITHDRAWN)),
                EffectiveStanding.of(decided, new DuesStanding(List.of(PAID_LATE), 90)));
    }

    @Test
    void aWaiverSettlesFromItsDecisionDay() {
        DuesStanding.Invoice waived = new DuesStanding.Invoice(2018, new BigDecimal(5000), "USD", d("2018-03-31"),
                List.of(), List.of(m(5000, "2018-07-10")));
        assertEquals(List.of(new EffectiveStanding.Period(d("2010-01-01"), ACTIVE),
                        new EffectiveStanding.Period(d("2018-06-30"), LAPSED),
                        new EffectiveStanding.Period(d("2018-07-10"), ACTIVE)),
                EffectiveStanding.of(decided(ACTIVE, "2010-01-01"), new DuesStanding(List.of(waived), 90)));
    }

    /** The periods agree, day by day, with the one-day rule the membership-service answers with. */
    @Test
    void forRandomLedgersThePeriodsAgreeWithTheRuleOnEveryDay() {
        Random random = new Random(42);
        MembershipStatus[] statuses = {ACTIVE, SUSPENDED, ACTIVE, LAPSED, ACTIVE};
        for (int member = 0; member < 300; member++) {
            LocalDate joined = d("2015-01-01").plusDays(random.nextInt(300));
            List<StatusTimeline.Entry> entries = new ArrayList<>(List.of(new StatusTimeline.Entry(ACTIVE, joined, 0)));
            LocalDate at = joined;
            for (int i = 1; i <= random.nextInt(4); i++) {
                at = at.plusDays(1 + random.nextInt(400));
                entries.add(new StatusTimeline.Entry(statuses[random.nextInt(statuses.length)], at, i));
            }
            List<DuesStanding.Invoice> invoices = new ArrayList<>();
            for (int year = 2015; year <= 2018; year++) {
                if (random.nextBoolean()) {
                    LocalDate due = LocalDate.of(year, 3, 31);
                    List<DuesStanding.Movement> paid = new ArrayList<>();
                    int owed = 1000;
                    while (owed > 0 && random.nextInt(3) > 0) {
                        int part = Math.min(owed, 250 * (1 + random.nextInt(4)));
                        paid.add(new DuesStanding.Movement(new BigDecimal(part), due.plusDays(random.nextInt(200) - 30)));
                        owed -= part;
                    }
                    invoices.add(new DuesStanding.Invoice(year, new BigDecimal(1000), "USD", due, paid, List.of()));
                }
            }
            StatusTimeline decided = new StatusTimeline(entries);
            DuesStanding dues = new DuesStanding(invoices, 90);
            List<EffectiveStanding.Period> periods = EffectiveStanding.of(decided, dues);
            for (LocalDate day = joined.minusDays(3); day.isBefore(d("2020-01-01")); day = day.plusDays(1)) {
                LocalDate on = day;
                MembershipStatus expected = decided.statusOn(on)
                        .map(s -> DuesStanding.effective(s, dues.inArrearsPastGrace(on))).orElse(null);
                MembershipStatus inForce = periods.stream().filter(p -> !p.from().isAfter(on))
                        .reduce((a, b) -> b).map(EffectiveStanding.Period::status).orElse(null);
                assertEquals(expected, inForce, "member " + member + " on " + on + ": " + periods);
            }
        }
    }
}
