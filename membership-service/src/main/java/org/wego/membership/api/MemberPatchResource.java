package org.wego.membership.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.membership.domain.Member;
import org.wego.membership.domain.MemberProfile;
import org.wego.membership.domain.MembershipStatus;
import org.wego.membership.domain.MemberStanding;
import org.wego.web.CityAccess;
import org.wego.web.IfMatch;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@Path("/api/v1/membership/members/{code}")
@Tag(name = "Members")
public class MemberPatchResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    /** What a member's own officials may keep current themselves; the rest is the secretariat's record. */
    static final Set<String> OFFICIAL_FIELDS = Set.of("population", "website");

    private final MemberProfile profile;
    private final MemberStanding standing;
    private final SecurityIdentity identity;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;

    public MemberPatchResource(MemberProfile profile, MemberStanding standing, SecurityIdentity identity,
                               ObjectMapper json, Validator validator, Clock clock) {
        this.profile = profile;
        this.standing = standing;
        this.identity = identity;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @PATCH
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "Change a member's profile with a JSON merge patch (RFC 7396); If-Match with the ETag "
            + "you read is required (428 without). Officials of the member may change population and website only.")
    @APIResponse(responseCode = "200", description = "The updated member with its new ETag; member.updated is published")
    @APIResponse(responseCode = "400", description = "Invalid or unknown fields, or the body is not a JSON object")
    @APIResponse(responseCode = "403", description = "Another city's official, or a field only staff may change")
    @APIResponse(responseCode = "404", description = "No such member")
    @APIResponse(responseCode = "409", description = "Another change landed while this one was applied; retry")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "422", description = "code or joinedOn cannot change")
    @APIResponse(responseCode = "428", description = "No If-Match: send the ETag you read (or *)")
    public Response patch(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        CityAccess.requireActsFor(identity, code);
        if (patch == null || !patch.isObject()) {
            throw new ProblemException(400, "malformed-json", "Request body is not valid JSON",
                    "A merge patch must be a JSON object");
        }
        Member current = Member.require(code);
        MemberRequest merged = merge(current, (ObjectNode) patch);
        if (!merged.code().equals(current.code) || !merged.joinedOn().equals(current.joinedOn)) {
            throw ProblemException.unprocessable("immutable-field", "code and joinedOn never change");
        }
        MemberProfile.Values values = new MemberProfile.Values(merged.name().strip(), merged.country(), merged.region(),
                merged.type(), merged.population(), merged.website(), merged.foundingMember());
        if (!CityAccess.isStaff(identity)) {
            List<String> notAllowed = MemberProfile.changedFields(current, values).stream()
                    .filter(f -> !OFFICIAL_FIELDS.contains(f)).toList();
            if (!notAllowed.isEmpty()) {
                throw ProblemException.forbidden("Only WeGO staff may change " + String.join(", ", notAllowed));
            }
        }
        // Checked after the patch itself, so one answer names everything wrong with the content first.
        IfMatch condition = IfMatch.required(ifMatch, "member");
        Member updated = profile.update(code, condition, current.version, values, Actors.of(identity));
        LocalDate today = LocalDate.now(clock);
        MembershipStatus status = standing.statusOn(code, today).orElse(null);
        return Response.ok(MemberView.of(updated, status, today)).tag(MemberResource.etag(updated)).build();
    }

    /** RFC 7396 on the member's current representation: members set, nulls remove, absent members stay. */
    private MemberRequest merge(Member current, ObjectNode patch) throws JsonProcessingException {
        ObjectNode document = json.valueToTree(MemberRequest.of(current));
        patch.properties().forEach(entry -> {
            if (entry.getValue().isNull()) {
                document.remove(entry.getKey());
            } else {
                document.set(entry.getKey(), entry.getValue());
            }
        });
        MemberRequest merged = json.treeToValue(document, MemberRequest.class);
        Set<ConstraintViolation<MemberRequest>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return merged;
    }
}
