package org.wego.membership.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.wego.events.EventTypes;
import org.wego.events.membership.ApplicationDecidedV1;
import org.wego.events.membership.ApplicationSubmittedV1;
import org.wego.outbox.Outbox;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Receives applications, records the secretariat's review steps and the executive decision. Approval admits the
 * member in the same transaction as the decision, so an approved application always has its member (and both
 * events), and a failed admission leaves the application as it was.
 */
@ApplicationScoped
public class ApplicationDesk {

    private final Outbox outbox;
    private final MemberAdmission admission;
    private final Clock clock;

    public ApplicationDesk(Outbox outbox, MemberAdmission admission, Clock clock) {
        this.outbox = outbox;
        this.admission = admission;
        this.clock = clock;
    }

    public MembershipApplication submit(MembershipApplication application, String submittedBy) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (Member.findById(application.code) != null) {
                    throw ProblemException.conflict("'" + application.code + "' is already a member");
                }
                if (MembershipApplication.count("code = ?1 and status in ?2", application.code,
                        java.util.List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.INFO_REQUESTED,
                                ApplicationStatus.RECOMMENDED)) > 0) {
                    throw ProblemException.conflict("An application for '" + application.code + "' is already open");
                }
                application.id = UUID.randomUUID();
                application.status = ApplicationStatus.SUBMITTED;
                application.submittedBy = submittedBy;
                application.submittedAt = Instant.now(clock);
                application.persist();
                step(application, "SUBMIT", submittedBy, null);
                outbox.record(EventTypes.APPLICATION_SUBMITTED, application.code, "applications/" + application.id,
                        new ApplicationSubmittedV1(application.id.toString(), application.code, application.name,
                                application.country, application.region.name(), application.type.name()));
                return application;
            });
        } catch (org.hibernate.exception.ConstraintViolationException raced) {
            throw ProblemException.conflict("An application for '" + application.code + "' is already open");
        }
    }

    /** A review step or a decision. {@code joinedOn} is used on approval (default: today). */
    public MembershipApplication act(UUID id, ApplicationWorkflow.Action action, String comment, Actor actor,
                                     LocalDate joinedOn) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MembershipApplication application = MembershipApplication.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (application == null) {
                throw ProblemException.notFound("Application " + id);
            }
            ApplicationWorkflow.Outcome outcome = ApplicationWorkflow.apply(application.status, action, actor.executive());
            if (!outcome.allowed()) {
                throw new ProblemException(409, "illegal-application-step", "Step not allowed", outcome.refusal());
            }
            application.status = outcome.next();
            if (action == ApplicationWorkflow.Action.APPROVE) {
                application.memberCode = admission.admitInCurrentTransaction(toMember(application,
                        joinedOn == null ? LocalDate.now(clock) : joinedOn), actor).code;
            }
            step(application, action.name(), actor.name(), comment);
            if (action == ApplicationWorkflow.Action.APPROVE || action == ApplicationWorkflow.Action.REJECT) {
                outbox.record(EventTypes.APPLICATION_DECIDED, application.code, "applications/" + application.id,
                        new ApplicationDecidedV1(application.id.toString(), application.code, application.status.name(),
                                comment));
            }
            return application;
        });
    }

    private static Member toMember(MembershipApplication a, LocalDate joinedOn) {
        Member member = new Member();
        member.code = a.code;
        member.name = a.name;
        member.country = a.country;
        member.region = a.region;
        member.type = a.type;
        member.population = a.population;
        member.website = a.website;
        member.joinedOn = joinedOn;
        return member;
    }

    private void step(MembershipApplication application, String action, String actor, String comment) {
        ApplicationStep step = new ApplicationStep();
        step.applicationId = application.id;
        step.action = action;
        step.resultingStatus = application.status;
        step.actor = actor;
        step.comment = comment;
        step.at = Instant.now(clock);
        step.persist();
    }
}
