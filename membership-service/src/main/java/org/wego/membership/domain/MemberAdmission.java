package org.wego.membership.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.wego.events.EventTypes;
import org.wego.events.membership.MemberAdmittedV1;
import org.wego.outbox.Outbox;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Admits a member directly: how the secretariat records members who joined before the platform existed.
 * The member row and its {@code member.admitted} event commit together or not at all.
 */
@ApplicationScoped
public class MemberAdmission {

    private final Outbox outbox;
    private final EntityManager em;
    private final Clock clock;
    private final MemberLifecycle lifecycle;
    private final StandingPublisher standing;

    public MemberAdmission(Outbox outbox, EntityManager em, Clock clock, MemberLifecycle lifecycle,
                           StandingPublisher standing) {
        this.outbox = outbox;
        this.em = em;
        this.clock = clock;
        this.lifecycle = lifecycle;
        this.standing = standing;
    }

    public Member admit(Member candidate, Actor actor) {
        checkJoinDate(candidate);
        try {
            return QuarkusTransaction.requiringNew().call(() -> insert(candidate, actor));
        } catch (org.hibernate.exception.ConstraintViolationException raced) {
            // Another request admitted the same code between our check and our insert.
            throw duplicate(candidate.code);
        }
    }

    /** Admission as part of a larger decision (an approved application): the caller's transaction. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
    public Member admitInCurrentTransaction(Member candidate, Actor actor) {
        checkJoinDate(candidate);
        return insert(candidate, actor);
    }

    private void checkJoinDate(Member candidate) {
        if (candidate.joinedOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.unprocessable("join-date-in-future",
                    "joinedOn " + candidate.joinedOn + " is in the future; admit the member on or after that date");
        }
    }

    private Member insert(Member candidate, Actor actor) {
        if (Member.findById(candidate.code) != null) {
            throw duplicate(candidate.code);
        }
        candidate.createdAt = Instant.now(clock);
        candidate.persist();
        em.flush();
        MemberTypeChange.record(candidate.code, candidate.type, candidate.joinedOn, actor.name(), candidate.createdAt);
        lifecycle.admitted(candidate, actor);
        outbox.record(EventTypes.MEMBER_ADMITTED, candidate.code, "members/" + candidate.code,
                new MemberAdmittedV1(candidate.code, candidate.name, candidate.country, candidate.region.name(),
                        candidate.type.name(), candidate.joinedOn, candidate.population));
        standing.publishIfChanged(candidate.code, StandingPublisher.Cause.STATUS_CHANGE); // notes the baseline only
        return candidate;
    }

    private static ProblemException duplicate(String code) {
        return ProblemException.conflict("A member with code '" + code + "' already exists");
    }
}
