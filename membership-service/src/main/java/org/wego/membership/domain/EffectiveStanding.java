package org.wego.membership.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A member's effective status over time — the decided status corrected by the dues ledger, exactly as
 * {@link MemberStanding#statusOn} answers for any one day — as the list of days it changes on. Future days are in it
 * too (an unpaid invoice lapses the member the day after its grace period, known as soon as it is issued), so
 * consumers holding the list answer correctly on any day without anything running at day boundaries. Pure.
 */
public final class EffectiveStanding {

    /** From {@code from} on (until the next period) the member is {@code status}; good standing = ACTIVE. */
    public record Period(LocalDate from, MembershipStatus status) {

        public boolean goodStanding() {
            return status == MembershipStatus.ACTIVE;
        }
    }

    private EffectiveStanding() {
    }

    public static List<Period> of(StatusTimeline decided, DuesStanding dues) {
        // Only these days can change the answer; evaluating the rule on each keeps it the one rule, not a copy.
        TreeSet<LocalDate> days = Stream.concat(decided.changeDates(), dues.changeDates())
                .collect(Collectors.toCollection(TreeSet::new));
        List<Period> periods = new ArrayList<>();
        MembershipStatus previous = null;
        for (LocalDate day : days) {
            MembershipStatus status = decided.statusOn(day)
                    .map(d -> DuesStanding.effective(d, dues.inArrearsPastGrace(day))).orElse(null);
            if (status != null && status != previous) {
                periods.add(new Period(day, status));
            }
            previous = status;
        }
        return periods;
    }
}
