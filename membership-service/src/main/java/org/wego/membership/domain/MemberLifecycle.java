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

    public StatusChange change(String code, MembershipStatus to, LocalDate effectiveDate, String reason, Actor actor) {
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
            StatusTimeline.Entry latest = StatusChange.timeline(code).latest().orElseThrow();
            if (effectiveDate.isBefore(latest.effectiveDate())) {
                throw ProblemException.unprocessable("effective-date-out-of-order",
                        "effectiveDate " + effectiveDate + " is before the latest recorded change ("
                                + latest.effectiveDate() + ", " + latest.status() + "); changes are recorded in time order");
            }
            MembershipTransitions.Decision decision = MembershipTransitions.check(latest.status(), to, actor.executive());
            if (!decision.allowed()) {
                throw new ProblemException(409, "illegal-transition", "Status change not allowed", decision.reason());
            }
            StatusChange change = append(member.code, to, effectiveDate, reason, actor);
            outbox.record(EventTypes.MEMBER_STATUS_CHANGED, member.code, "members/" + member.code,
                    new MemberStatusChangedV1(member.code, to.name(), latest.status().name(), effectiveDate, reason,
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
