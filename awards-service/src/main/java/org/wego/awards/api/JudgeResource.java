package org.wego.awards.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.wego.awards.domain.edition.Edition;
import org.wego.awards.domain.jury.Judge;
import org.wego.awards.domain.jury.JudgeSpec;
import org.wego.awards.domain.jury.JuryDesk;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/v1/awards/editions/{id}/judges")
@Tag(name = "Jury", description = "Judges, panels, assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"wego-admin", "secretariat"})
public class JudgeResource {

    public record JudgeView(String username, String name, String city, String country, Set<String> categories,
                            Instant addedAt) {
        static JudgeView of(Judge j) {
            return new JudgeView(j.username, j.name, j.city, j.country, j.categorySet(), j.addedAt);
        }
    }

    private final JuryDesk jury;
    private final SecurityIdentity identity;

    public JudgeResource(JuryDesk jury, SecurityIdentity identity) {
        this.jury = jury;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The jury of an edition")
    public List<JudgeView> list(@PathParam("id") UUID editionId) {
        Edition.require(editionId);
        return Judge.<Judge>list("editionId = ?1 order by username", editionId).stream().map(JudgeView::of).toList();
    }

    @POST
    @Operation(summary = "Add a judge (Keycloak username with role judge) with home city, country and category "
            + "panels (none = every category); conflicts are decided on city and country")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "Already a judge, or the jury is fixed")
    public Response add(@PathParam("id") UUID editionId, @Valid @NotNull JudgeSpec spec) {
        return Response.status(201).entity(JudgeView.of(jury.add(editionId, spec, identity.getPrincipal().getName()))).build();
    }

    @DELETE
    @Path("/{username}")
    @Operation(summary = "Remove a judge who has no assignments")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("id") UUID editionId, @PathParam("username") String username) {
        jury.remove(editionId, username, identity.getPrincipal().getName());
        return Response.noContent().build();
    }
}
