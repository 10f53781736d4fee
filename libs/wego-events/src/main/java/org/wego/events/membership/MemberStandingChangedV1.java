package org.wego.events.membership;

import org.wego.events.MalformedEventException;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code org.wego.membership.member.standing-changed.v1}: the member's effective status over time changed — by a
 * dues invoice, payment or waiver, or a status decision (also back-dated ones). {@code standing} is the whole
 * timeline as the membership-service now derives it, future days included (an unpaid invoice lapses the member the
 * day after its grace period), so the newest event by {@code ce_sequence} replaces whatever a consumer held and it
 * answers for any day without waiting for a day boundary. {@code cause}: what changed it.
 */
public record MemberStandingChangedV1(String code, List<Period> standing, String cause) {

    /** From {@code from} on, until the next period: {@code status}; {@code goodStanding} = ACTIVE. */
    public record Period(LocalDate from, String status, boolean goodStanding) {
    }

    public MemberStandingChangedV1 requireComplete() {
        if (code == null || standing == null || standing.isEmpty()
                || standing.stream().anyMatch(p -> p == null || p.from() == null || p.status() == null)) {
            throw new MalformedEventException("member.standing-changed without its required fields: " + this);
        }
        return this;
    }

    /** The periods as one column value for a projection ({@code 2008-09-01:ACTIVE:true;...}), read by {@link #timeline}. */
    public String encoded() {
        return String.join(";", standing.stream().map(p -> p.from() + ":" + p.status() + ":" + p.goodStanding()).toList());
    }

    /** A stored {@link #encoded} timeline as consumers query it (sequence = position: the periods are in order). */
    public static StatusTimeline timeline(String encoded) {
        List<StatusTimeline.Change> changes = new java.util.ArrayList<>();
        String[] periods = encoded.split(";");
        for (int i = 0; i < periods.length; i++) {
            String[] p = periods[i].split(":");
            changes.add(new StatusTimeline.Change(LocalDate.parse(p[0]), (long) i, i, p[1], Boolean.parseBoolean(p[2])));
        }
        return new StatusTimeline(changes);
    }
}
