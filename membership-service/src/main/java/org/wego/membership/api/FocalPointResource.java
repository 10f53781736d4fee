package org.wego.membership.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.membership.domain.FocalPoint;
import org.wego.membership.domain.FocalPoints;
import org.wego.membership.domain.Member;
import org.wego.web.CityAccess;
import org.wego.web.ProblemException;
import org.wego.web.QueryParams;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/membership/members/{code}/focal-points")
@Tag(name = "Focal points", description = "Mayor, CIO and contact person of a member, with their history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FocalPointResource {

    public record HolderRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String title,
                                @Email @Size(max = 254) String email,
                                @Pattern(regexp = "\\+?[0-9 ()-]{5,50}", message = "must be a phone number") String phone,
                                @NotNull LocalDate since) {
    }

    public record HolderView(FocalPoint.Role role, String name, String title, String email, String phone,
                             LocalDate since, LocalDate until, String recordedBy) {
        static HolderView of(FocalPoint f) {
            return new HolderView(f.role, f.name, f.title, f.email, f.phone, f.since, f.until, f.recordedBy);
        }
    }

    private final FocalPoints focalPoints;
    private final SecurityIdentity identity;
    private final Clock clock;

    public FocalPointResource(FocalPoints focalPoints, SecurityIdentity identity, Clock clock) {
        this.focalPoints = focalPoints;
        this.identity = identity;
        this.clock = clock;
    }

    @PUT
    @Path("/{role}")
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "Name the holder of a role from a date; the previous holder's term ends the day before "
            + "(officials: own city only)")
    @APIResponse(responseCode = "200", description = "The new holder")
    @APIResponse(responseCode = "400", description = "Invalid fields or unknown role (MAYOR, CIO, CONTACT)")
    @APIResponse(responseCode = "422", description = "The term starts before the current holder's")
    public HolderView appoint(@PathParam("code") String code, @PathParam("role") String role,
                              @NotNull @Valid HolderRequest request) {
        CityAccess.requireActsFor(identity, code);
        FocalPoint.Role parsed = QueryParams.enumOrNull(FocalPoint.Role.class, role, "role");
        if (parsed == null) {
            throw ProblemException.invalidField("role", "must be one of MAYOR, CIO, CONTACT");
        }
        FocalPoint holder = new FocalPoint();
        holder.name = request.name().strip();
        holder.title = request.title();
        holder.email = request.email();
        holder.phone = request.phone();
        holder.since = request.since();
        return HolderView.of(focalPoints.appoint(code, parsed, holder, Actors.of(identity)));
    }

    @GET
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "Who held each role on a date (default today)")
    public List<HolderView> current(@PathParam("code") String code, @QueryParam("asOf") String asOfParam) {
        LocalDate asOf = QueryParams.dateOr(asOfParam, LocalDate.now(clock), "asOf");
        return history(code).stream().filter(h -> !h.since().isAfter(asOf)
                && (h.until() == null || !h.until().isBefore(asOf))).toList();
    }

    @GET
    @Path("/history")
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "Every holder of every role, by role and start date")
    public List<HolderView> history(@PathParam("code") String code) {
        CityAccess.requireActsFor(identity, code);
        Member.require(code);
        return FocalPoints.history(code).stream().map(HolderView::of).toList();
    }
}
