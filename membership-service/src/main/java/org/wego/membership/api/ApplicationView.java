package org.wego.membership.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.wego.membership.domain.ApplicationStatus;
import org.wego.membership.domain.ApplicationStep;
import org.wego.membership.domain.MembershipApplication;
import org.wego.membership.domain.MembershipType;
import org.wego.membership.domain.Region;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An application as the secretariat sees it. {@code followUp} is present only in the answer to the submission: the
 * applicant's one chance to keep the token.
 */
public record ApplicationView(UUID id, ApplicationStatus status, String code, String name, String country,
                              Region region, MembershipType type, Long population, String website, String contactName,
                              String contactEmail, String motivation, String submittedBy, Instant submittedAt,
                              String memberCode, List<Step> history,
                              @JsonInclude(JsonInclude.Include.NON_NULL) FollowUp followUp) {

    /** Where and with which token the applicant follows the application (header {@code Application-Token}). */
    public record FollowUp(String token, URI url) {
    }

    public record Step(String action, ApplicationStatus resultingStatus, String actor, String comment, Instant at) {
        static Step of(ApplicationStep s) {
            return new Step(s.action, s.resultingStatus, s.actor, s.comment, s.at);
        }
    }

    static ApplicationView of(MembershipApplication a, boolean withHistory) {
        return of(a, withHistory, null);
    }

    static ApplicationView submitted(MembershipApplication a, FollowUp followUp) {
        return of(a, true, followUp);
    }

    private static ApplicationView of(MembershipApplication a, boolean withHistory, FollowUp followUp) {
        return new ApplicationView(a.id, a.status, a.code, a.name, a.country, a.region, a.type, a.population, a.website,
                a.contactName, a.contactEmail, a.motivation, a.submittedBy, a.submittedAt, a.memberCode,
                withHistory ? a.steps().stream().map(Step::of).toList() : null, followUp);
    }
}
