package org.wego.membership.domain;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** Every member's effective status on {@code date} (members with no change by then are absent), in four queries. */
    public Map<String, MembershipStatus> everyMemberOn(LocalDate date) {
        Set<String> inArrears = dues.inArrearsPastGrace(date);
        Map<String, MembershipStatus> statuses = new HashMap<>();
        StatusChange.timelinesUpTo(date).forEach((code, timeline) -> timeline.statusOn(date).ifPresent(decided ->
                statuses.put(code, DuesStanding.effective(decided, inArrears.contains(code)))));
        return statuses;
    }

    /** In good standing: ACTIVE (by decision and by dues) on the date. */
    public boolean inGoodStanding(String code, LocalDate date) {
        return statusOn(code, date).orElse(null) == MembershipStatus.ACTIVE;
    }
}
