package org.wego.membership.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.membership.domain.ApplicantAnswer;
import org.wego.membership.domain.ApplicationDesk;
import org.wego.membership.domain.ApplicationStatus;
import org.wego.membership.domain.ApplicationStep;
import org.wego.membership.domain.MembershipApplication;
import org.wego.web.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The applicant's side of an application: follow it and answer a request for information, with the follow-up token
 * given at submission (no account needed). The applicant sees the steps and what was asked or decided, not who on
 * the secretariat took each step.
 */
@Path("/api/v1/membership/applications/{id}/follow-up")
@Tag(name = "Applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class ApplicationFollowUpResource {

    static final String TOKEN_HEADER = "Application-Token";

    /** Steps whose comment is meant for the applicant: what was asked, what they answered, the decision's reason. */
    private static final Set<String> SHARED_COMMENTS = Set.of("REQUEST_INFO", "INFO_PROVIDED", "APPROVE", "REJECT");

    public record ApplicantView(UUID id, ApplicationStatus status, String code, String name, Instant submittedAt,
                                String informationRequested, String memberCode, List<Step> history) {

        public record Step(String action, ApplicationStatus resultingStatus, String comment, Instant at) {
        }

        static ApplicantView of(MembershipApplication a) {
            List<ApplicationStep> steps = a.steps();
            return new ApplicantView(a.id, a.status, a.code, a.name, a.submittedAt, a.openInformationRequest(steps),
                    a.memberCode, steps.stream().map(ApplicantView::step).toList());
        }

        private static Step step(ApplicationStep s) {
            return new Step(s.action, s.resultingStatus, SHARED_COMMENTS.contains(s.action) ? s.comment : null, s.at);
        }
    }

    private final ApplicationDesk desk;

    public ApplicationFollowUpResource(ApplicationDesk desk) {
        this.desk = desk;
    }

    @GET
    @Operation(summary = "The applicant follows their application: status, the open request for information, the steps")
    @APIResponse(responseCode = "200", description = "The application as its applicant sees it")
    @APIResponse(responseCode = "404", description = "No application with this id and follow-up token")
    public ApplicantView follow(@PathParam("id") String id, @Parameter(description = "The token given at submission")
                                @HeaderParam(TOKEN_HEADER) String token) {
        return ApplicantView.of(desk.followed(parse(id), token));
    }

    @POST
    @Path("/answers")
    @Operation(summary = "The applicant answers a request for more information (and may correct details); the "
            + "application returns to the secretariat as SUBMITTED")
    @APIResponse(responseCode = "200", description = "Answered")
    @APIResponse(responseCode = "400", description = "Invalid fields (checked after the token: without it nothing is told)")
    @APIResponse(responseCode = "404", description = "No application with this id and follow-up token")
    @APIResponse(responseCode = "409", description = "No information is requested at the moment")
    public ApplicantView answer(@PathParam("id") String id, @Parameter(description = "The token given at submission")
                                @HeaderParam(TOKEN_HEADER) String token, @NotNull ApplicantAnswer answer) {
        return ApplicantView.of(desk.answer(parse(id), token, answer));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Application " + id);
        }
    }
}
