package org.wego.membership.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Focal points keep their history: naming a new holder ends the current one's term the day before, so "who was the
 * CIO of Nairobi when the 2016 award was decided" stays answerable.
 */
@ApplicationScoped
public class FocalPoints {

    private final Clock clock;

    public FocalPoints(Clock clock) {
        this.clock = clock;
    }

    public FocalPoint appoint(String code, FocalPoint.Role role, FocalPoint holder, Actor actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Member member = Member.findById(code, LockModeType.PESSIMISTIC_WRITE);
            if (member == null) {
                throw ProblemException.notFound("Member '" + code + "'");
            }
            if (holder.since.isAfter(LocalDate.now(clock).plusDays(366))) {
                throw ProblemException.unprocessable("date-too-far", "since may be at most a year ahead");
            }
            FocalPoint current = FocalPoint.find("memberCode = ?1 and role = ?2 and until is null", code, role)
                    .firstResult();
            if (current != null) {
                if (!holder.since.isAfter(current.since)) {
                    throw ProblemException.unprocessable("term-out-of-order", "The current " + role + " ("
                            + current.name + ") holds the role since " + current.since
                            + "; a successor's term must start after that");
                }
                current.until = holder.since.minusDays(1);
            }
            holder.id = UUID.randomUUID();
            holder.memberCode = code;
            holder.role = role;
            holder.recordedBy = actor.name();
            holder.recordedAt = Instant.now(clock);
            holder.persist();
            return holder;
        });
    }

    public static List<FocalPoint> history(String code) {
        return FocalPoint.list("memberCode = ?1 order by role, since", code);
    }
}
