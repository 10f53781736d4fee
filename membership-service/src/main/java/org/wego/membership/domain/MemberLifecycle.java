package org.wego.membership.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.wego.events.EventTypes;
import org.wego.events.membership.MemberStatusChangedV1;
import org.wego.outbox.Outbox;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Records dated status changes. Changes are appended in time order (a back-dated record may not slip in before one
 * already recorded, which would silently rewrite what statistics said about the past), must follow the lifecycle
 * policy, and publish {@code member.status-changed} in the same transaction.
 */
@ApplicationScoped
public class MemberLifecycle {

    static final int MAX_DAYS_AHEAD = 366;

    private final Outbox outbox;
    private final DuesLedger dues;
    private final Clock clock;
    private final StandingPublisher standing;

    public MemberLifecycle(Outbox outbox, DuesLedger dues, Clock clock, StandingPublisher standing) {
        this.outbox = outbox;
        this.dues = dues;
        this.clock = clock;
        this.standing = standing;
    }

    /**
     * @param correction the change goes before the latest recorded one (a decision recorded late): it must be a valid
     *                   step from the status in force on its date, and the next recorded change a valid step from it;
     *                   the statuses after it are re-derived (and published by member.standing-changed)
     */
    public StatusChange change(String code, MembershipStatus to, LocalDate effectiveDate, String reason,
                               boolean correction, Actor actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // One writer per member at a time: the order check below must see every earlier change.
            Member member = Member.findById(code, LockModeType.PESSIMISTIC_WRITE);
            if (member == null) {
                throw ProblemException.notFound("Member '" + code + "'");
            }
            if (effectiveDate.isBefore(member.joinedOn)) {
                throw ProblemException.unprocessable("effective-date-before-joining",
                        "effectiveDate " + effectiveDate + " is before the member joined (" + member.joinedOn + ")");
            }
            if (effectiveDate.isAfter(LocalDate.now(clock).plusDays(MAX_DAYS_AHEAD))) {
                throw ProblemException.unprocessable("effective-date-too-far",
                        "effectiveDate may be at most " + MAX_DAYS_AHEAD + " days ahead");
            }
            StatusTimeline timeline = StatusChange.timeline(code);
            StatusTimeline.Entry latest = timeline.latest().orElseThrow();
            boolean backDated = effectiveDate.isBefore(latest.effectiveDate());
            if (backDated && !correction) {
                throw ProblemException.unprocessable("effective-date-out-of-order",
                        "effectiveDate " + effectiveDate + " is before the latest recorded change ("
                                + latest.effectiveDate() + ", " + latest.status() + "); changes are recorded in time "
                                + "order, or inserted with correction: true");
            }
            MembershipStatus from = backDated ? timeline.statusOn(effectiveDate).orElseThrow() : latest.status();
            MembershipTransitions.Decision decision = MembershipTransitions.check(from, to, actor.executive());
            if (!decision.allowed()) {
                throw new ProblemException(409, "illegal-transition", "Status change not allowed", decision.reason());
            }
            if (backDated) {
                // The later history must still read as a membership: nothing after an end, and each later change a
                // step the policy allows from what now precedes it (repeating the same status is harmless).
                StatusTimeline.Entry next = timeline.firstAfter(effectiveDate).orElseThrow();
                if (next.status() != to && !MembershipTransitions.check(to, next.status(), true).allowed()) {
                    throw new ProblemException(409, "illegal-transition", "Status change not allowed",
                            "The change recorded for " + next.effectiveDate() + " (" + next.status()
                                    + ") could not follow " + to + "; correct or remove the later history first");
                }
            }
            StatusChange change = append(member.code, to, effectiveDate, reason, actor);
            outbox.record(EventTypes.MEMBER_STATUS_CHANGED, member.code, "members/" + member.code,
                    new MemberStatusChangedV1(member.code, to.name(), from.name(), effectiveDate, reason,
                            DuesStanding.effective(to, dues.standing(code).inArrearsPastGrace(effectiveDate))
                                    == MembershipStatus.ACTIVE));
            standing.publishIfChanged(member.code, StandingPublisher.Cause.STATUS_CHANGE);
            return change;
        });
    }

    /** The first entry of a member's history, written with the member itself (caller's transaction). */
    StatusChange admitted(Member member, Actor actor) {
        return append(member.code, MembershipStatus.ACTIVE, member.joinedOn, "admitted", actor);
    }

    private StatusChange append(String code, MembershipStatus status, LocalDate effectiveDate, String reason,
                                Actor actor) {
        StatusChange change = new StatusChange();
        change.memberCode = code;
        change.status = status;
        change.effectiveDate = effectiveDate;
        change.reason = reason;
        change.recordedBy = actor.name();
        change.recordedAt = Instant.now(clock);
        change.persist();
        return change;
    }
}
