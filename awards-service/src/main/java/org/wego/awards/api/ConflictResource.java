package org.wego.awards.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.awards.domain.entry.Entry;
import org.wego.awards.domain.jury.ConflictView;
import org.wego.awards.domain.jury.JuryDesk;
import org.wego.awards.domain.jury.ReviewDesk;
import org.wego.web.CityAccess;
import org.wego.web.ProblemException;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/awards/entries/{id}/conflicts")
@Tag(name = "Conflicts of interest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConflictResource {

    /** {@code judge} is for staff recording a judge's conflict; a judge declares for themselves. */
    public record Declaration(@Size(max = 100) String judge, @NotBlank @Size(max = 2_000) String reason) {
    }

    private final JuryDesk jury;
    private final SecurityIdentity identity;

    public ConflictResource(JuryDesk jury, SecurityIdentity identity) {
        this.jury = jury;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Every conflict on an entry: automatic (judge from the same city or country) and declared")
    public List<ConflictView> list(@PathParam("id") UUID id) {
        return JuryDesk.conflicts(Entry.require(id));
    }

    @POST
    @RolesAllowed({"judge", "wego-admin", "secretariat"})
    @Operation(summary = "Declare a conflict of interest before scoring (a judge for themselves, staff for any judge); "
            + "an assignment to the entry is withdrawn and the entry disappears from the judge's view")
    @APIResponse(responseCode = "201", description = "Declared")
    @APIResponse(responseCode = "409", description = "Already declared, or the judge has already reviewed the entry")
    public Response declare(@PathParam("id") UUID id, @Valid @NotNull Declaration declaration) {
        Entry entry = Entry.require(id);
        String judge;
        if (CityAccess.isStaff(identity)) {
            if (declaration.judge() == null) {
                throw ProblemException.invalidField("judge", "is required when staff record a conflict");
            }
            judge = declaration.judge();
        } else {
            judge = identity.getPrincipal().getName();
            if (declaration.judge() != null && !declaration.judge().equals(judge)) {
                throw ProblemException.forbidden("A judge declares their own conflicts only");
            }
            ReviewDesk.requireAssigned(entry, judge);
        }
        return Response.status(201).entity(jury.declare(id, judge, declaration.reason(), identity.getPrincipal().getName())).build();
    }
}
