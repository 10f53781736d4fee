package org.wego.membership.domain;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Optional;

/** A member's effective status on a date: the decided status, corrected by the dues ledger (see DuesStanding). */
@ApplicationScoped
public class MemberStanding {

    private final DuesLedger dues;

    public MemberStanding(DuesLedger dues) {
        this.dues = dues;
    }

    public Optional<MembershipStatus> statusOn(String code, LocalDate date) {
        return StatusChange.timeline(code).statusOn(date)
                .map(decided -> DuesStanding.effective(decided, dues.standing(code).inArrearsPastGrace(date)));
    }

    /** In good standing: ACTIVE (by decision and by dues) on the date. */
    public boolean inGoodStanding(String code, LocalDate date) {
        return statusOn(code, date).orElse(null) == MembershipStatus.ACTIVE;
    }
}
