package org.wego.membership.domain;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.wego.events.EventTypes;
import org.wego.events.membership.ApplicationDecidedV1;
import org.wego.events.membership.ApplicationSubmittedV1;
import org.wego.outbox.Outbox;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
    private final Validator validator;

    public ApplicationDesk(Outbox outbox, MemberAdmission admission, Clock clock, Validator validator) {
        this.outbox = outbox;
        this.admission = admission;
        this.clock = clock;
        this.validator = validator;
    }

    /** A new application and the follow-up token its applicant gets once (only its digest is stored). */
    public record Submitted(MembershipApplication application, String followUpToken) {
    }

    public Submitted submit(MembershipApplication application, String submittedBy) {
        FollowUpToken followUp = FollowUpToken.issue();
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (Member.findById(application.code) != null) {
                    throw ProblemException.conflict("'" + application.code + "' is already a member");
                }
                if (MembershipApplication.count("code = ?1 and status in ?2", application.code,
                        List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.INFO_REQUESTED,
                                ApplicationStatus.RECOMMENDED)) > 0) {
                    throw ProblemException.conflict("An application for '" + application.code + "' is already open");
                }
                application.id = UUID.randomUUID();
                application.status = ApplicationStatus.SUBMITTED;
                application.submittedBy = submittedBy;
                application.submittedAt = Instant.now(clock);
                application.followUpTokenSha256 = followUp.sha256();
                application.persist();
                step(application, "SUBMIT", submittedBy, null);
                outbox.record(EventTypes.APPLICATION_SUBMITTED, application.code, "applications/" + application.id,
                        new ApplicationSubmittedV1(application.id.toString(), application.code, application.name,
                                application.country, application.region.name(), application.type.name()));
                return new Submitted(application, followUp.token());
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
            ApplicationWorkflow.Outcome outcome = allowed(ApplicationWorkflow.apply(application.status, action,
                    actor.executive()));
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

    /**
     * The application its applicant follows with {@code token}. A wrong token and an unknown id answer alike (404),
     * so the token cannot be used to learn which applications exist.
     */
    public MembershipApplication followed(UUID id, String token) {
        return requireFollowed(MembershipApplication.findById(id), id, token);
    }

    private static MembershipApplication requireFollowed(MembershipApplication application, UUID id, String token) {
        if (application == null || !FollowUpToken.matches(token, application.followUpTokenSha256)) {
            throw ProblemException.notFound("Application " + id + " (for this follow-up token)");
        }
        return application;
    }

    private static ApplicationWorkflow.Outcome allowed(ApplicationWorkflow.Outcome outcome) {
        if (!outcome.allowed()) {
            throw new ProblemException(409, "illegal-application-step", "Step not allowed", outcome.refusal());
        }
        return outcome;
    }

    /**
     * The applicant answers the secretariat's request for information: the details they corrected are applied, the
     * answer joins the audit trail and the application is back with the secretariat (SUBMITTED). The answer is
     * validated only once the token is known good, so a caller without it learns nothing, not even the fields.
     */
    public MembershipApplication answer(UUID id, String token, ApplicantAnswer answer) {
        return QuarkusTransaction.requiringNew().call(() -> {
            MembershipApplication application = requireFollowed(
                    MembershipApplication.findById(id, LockModeType.PESSIMISTIC_WRITE), id, token);
            Set<ConstraintViolation<ApplicantAnswer>> violations = validator.validate(answer);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            ApplicationWorkflow.Outcome outcome = allowed(ApplicationWorkflow.apply(application.status,
                    ApplicationWorkflow.Action.INFO_PROVIDED, false));
            List<String> changed = answer.applyTo(application);
            application.status = outcome.next();
            String comment = answer.message().strip() + (changed.isEmpty() ? "" : " [updated: " + String.join(", ", changed) + "]");
            step(application, ApplicationWorkflow.Action.INFO_PROVIDED.name(), "applicant",
                    comment.length() > 2000 ? comment.substring(0, 2000) : comment);
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
