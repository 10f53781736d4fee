package org.wego.membership.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DuesStandingTest {

    static final int GRACE = 90;

    /** 2016 dues of 5,000 USD due 2016-03-31 (grace until 2016-06-29): 2,000 paid 2016-05-10, 3,000 paid 2016-08-01. */
    static final DuesStanding PAID_LATE = new DuesStanding(List.of(new DuesStanding.Invoice(2016,
            new BigDecimal("5000.00"), "USD", LocalDate.parse("2016-03-31"),
            List.of(new DuesStanding.Movement(new BigDecimal("2000.00"), LocalDate.parse("2016-05-10")),
                    new DuesStanding.Movement(new BigDecimal("3000.00"), LocalDate.parse("2016-08-01"))),
            List.of())), GRACE);

    @ParameterizedTest(name = "on {0}: owes {1}, past grace {2}")
    @CsvSource({
            "2016-03-30, ,        false",
            "2016-03-31, 5000.00, false",
            "2016-05-10, 3000.00, false",
            "2016-06-29, 3000.00, false",
            "2016-06-30, 3000.00, true",
            "2016-07-31, 3000.00, true",
            "2016-08-01, ,        false",
    })
    void arrearsAndGraceFollowTheDates(String date, BigDecimal owed, boolean pastGrace) {
        LocalDate asOf = LocalDate.parse(date);
        assertEquals(owed, PAID_LATE.arrears(asOf).get("USD"));
        assertEquals(pastGrace, PAID_LATE.inArrearsPastGrace(asOf));
    }

    @ParameterizedTest(name = "decided {0}, past grace {1} -> {2}")
    @CsvSource({
            "ACTIVE,    false, ACTIVE",
            "ACTIVE,    true,  LAPSED",
            "SUSPENDED, true,  SUSPENDED",
            "WITHDRAWN, true,  WITHDRAWN",
            "LAPSED,    false, LAPSED",
    })
    void onlyAnActiveMemberLapsesThroughArrears(MembershipStatus decided, boolean pastGrace, MembershipStatus expected) {
        assertEquals(expected, DuesStanding.effective(decided, pastGrace));
    }

    @Test
    void waiverSettlesLikeAPaymentAndCurrenciesAreKeptApart() {
        DuesStanding standing = new DuesStanding(List.of(
                new DuesStanding.Invoice(2020, new BigDecimal("1000.00"), "EUR", LocalDate.parse("2020-03-31"),
                        List.of(), List.of(new DuesStanding.Movement(new BigDecimal("1000.00"), LocalDate.parse("2020-09-01")))),
                new DuesStanding.Invoice(2021, new BigDecimal("5000.00"), "USD", LocalDate.parse("2021-03-31"),
                        List.of(), List.of())), GRACE);
        assertEquals(Map.of("EUR", new BigDecimal("1000.00")), standing.arrears(LocalDate.parse("2020-08-31")));
        assertEquals(Map.of("USD", new BigDecimal("5000.00")), standing.arrears(LocalDate.parse("2021-04-01")));
        assertEquals(true, standing.inArrearsPastGrace(LocalDate.parse("2020-08-31")));
        assertEquals(false, standing.inArrearsPastGrace(LocalDate.parse("2020-09-01")));
        assertNull(standing.arrears(LocalDate.parse("2021-04-01")).get("GBP"));
    }
}
