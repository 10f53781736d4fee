package org.wego.membership.api;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.membership.domain.AgendaItem;
import org.wego.membership.domain.Assembly;
import org.wego.membership.domain.GeneralAssembly;
import org.wego.membership.domain.Vote;
import org.wego.membership.domain.VotingRollEntry;
import org.wego.membership.domain.VotingRules;
import org.wego.web.CityAccess;
import org.wego.web.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/membership/assemblies")
@Tag(name = "General Assembly", description = "Sessions, voting roll fixed at a cutoff, agenda items, one member one vote")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssemblyResource {

    public record AssemblyRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 200) String place,
                                  @NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @NotNull LocalDate rollCutoff,
                                  boolean associatesVote,
                                  @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") BigDecimal quorum) {
    }

    public record AssemblyView(UUID id, String title, String place, LocalDate startsOn, LocalDate endsOn,
                               LocalDate rollCutoff, boolean associatesVote, BigDecimal quorum, Instant rollFixedAt) {
        static AssemblyView of(Assembly a) {
            return new AssemblyView(a.id, a.title, a.place, a.startsOn, a.endsOn, a.rollCutoff, a.associatesVote,
                    a.quorumFraction, a.rollFixedAt);
        }
    }

    public record RollView(UUID assemblyId, LocalDate rollCutoff, Instant fixedAt, int size, int quorumNeeded,
                           List<String> members) {
    }

    public record ItemRequest(@NotNull @Min(1) Integer number, @NotBlank @Size(max = 300) String title,
                              @Size(max = 4000) String description, @NotNull VotingRules.Majority majority) {
    }

    /** Results are shown once the item is closed (to staff also while it is open). */
    public record ItemView(UUID id, int number, String title, String description, VotingRules.Majority majority,
                           Instant closedAt, VotingRules.Tally result) {
    }

    public record VoteRequest(@NotNull Vote.Choice choice, @Size(max = 64) String member) {
    }

    public record VoteView(UUID itemId, String member, Vote.Choice choice, String castBy, Instant castAt) {
    }

    private final GeneralAssembly assemblies;
    private final SecurityIdentity identity;

    public AssemblyResource(GeneralAssembly assemblies, SecurityIdentity identity) {
        this.assemblies = assemblies;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Schedule a General Assembly session")
    @APIResponse(responseCode = "201", description = "Scheduled")
    @APIResponse(responseCode = "400", description = "Invalid fields, endsOn before startsOn, cutoff after startsOn")
    public Response create(@NotNull @Valid AssemblyRequest request, @Context UriInfo uri) {
        Assembly assembly = new Assembly();
        assembly.title = request.title().strip();
        assembly.place = request.place().strip();
        assembly.startsOn = request.startsOn();
        assembly.endsOn = request.endsOn();
        assembly.rollCutoff = request.rollCutoff();
        assembly.associatesVote = request.associatesVote();
        assembly.quorumFraction = request.quorum() == null ? GeneralAssembly.defaultQuorum() : request.quorum();
        Assembly created = assemblies.create(assembly, Actors.of(identity));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build())
                .entity(AssemblyView.of(created)).build();
    }

    @GET
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "Sessions, latest first")
    public List<AssemblyView> list() {
        return Assembly.<Assembly>listAll(Sort.descending("startsOn")).stream().map(AssemblyView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "One session")
    @APIResponse(responseCode = "404", description = "No such session")
    public AssemblyView get(@PathParam("id") String id) {
        return AssemblyView.of(assembly(id));
    }

    @POST
    @Path("/{id}/roll")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Fix the voting roll: members in good standing on the cutoff date (FULL; ASSOCIATE if the "
            + "session's rules say so). Once only.")
    @APIResponse(responseCode = "200", description = "The roll; assembly.roll-fixed is published")
    @APIResponse(responseCode = "409", description = "Already fixed")
    public RollView fixRoll(@PathParam("id") String id) {
        GeneralAssembly.FixedRoll fixed = assemblies.fixRoll(assembly(id).id);
        return rollView(fixed.assembly(), fixed.members());
    }

    @GET
    @Path("/{id}/roll")
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "The voting roll and the quorum it implies")
    @APIResponse(responseCode = "409", description = "Not fixed yet")
    public RollView roll(@PathParam("id") String id) {
        Assembly assembly = assembly(id);
        if (assembly.rollFixedAt == null) {
            throw ProblemException.conflict("The voting roll is not fixed yet");
        }
        List<String> members = VotingRollEntry.<VotingRollEntry>list("assemblyId = ?1 order by memberCode", assembly.id)
                .stream().map(e -> e.memberCode).toList();
        return rollView(assembly, members);
    }

    private static RollView rollView(Assembly assembly, List<String> members) {
        return new RollView(assembly.id, assembly.rollCutoff, assembly.rollFixedAt, members.size(),
                VotingRules.quorumNeeded(members.size(), assembly.quorumFraction), members);
    }

    @POST
    @Path("/{id}/items")
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Add an agenda item to vote on")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "The number is taken")
    public Response addItem(@PathParam("id") String id, @NotNull @Valid ItemRequest request) {
        AgendaItem item = assemblies.addItem(assembly(id).id, request.number(), request.title().strip(),
                request.description(), request.majority());
        return Response.status(201).entity(view(assembly(id), item)).build();
    }

    @GET
    @Path("/{id}/items")
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "The agenda with results of closed items")
    public List<ItemView> items(@PathParam("id") String id) {
        Assembly assembly = assembly(id);
        return AgendaItem.<AgendaItem>list("assemblyId = ?1 order by number", assembly.id).stream()
                .map(item -> view(assembly, item)).toList();
    }

    @POST
    @Path("/{id}/items/{itemId}/votes")
    @RolesAllowed("city-official")
    @Operation(summary = "Cast the vote of your own member city (one vote per member per item, during the session)")
    @APIResponse(responseCode = "201", description = "Cast; vote.cast is published")
    @APIResponse(responseCode = "403", description = "Voting for another city")
    @APIResponse(responseCode = "409", description = "Already voted, item closed, or roll not fixed")
    @APIResponse(responseCode = "422", description = "Not on the roll, or outside the session dates")
    public Response vote(@PathParam("id") String id, @PathParam("itemId") String itemId,
                         @NotNull @Valid VoteRequest request) {
        String city = CityAccess.cityOf(identity);
        if (city == null) {
            throw ProblemException.forbidden("Your token names no member city");
        }
        if (request.member() != null && !request.member().equals(city)) {
            throw ProblemException.forbidden("An official of '" + city + "' cannot vote for '" + request.member() + "'");
        }
        Vote vote = assemblies.vote(assembly(id).id, uuid(itemId, "Agenda item"), city, request.choice(),
                Actors.of(identity));
        return Response.status(201).entity(new VoteView(vote.itemId, vote.memberCode, vote.choice, vote.castBy,
                vote.castAt)).build();
    }

    @POST
    @Path("/{id}/items/{itemId}/close")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Close voting on an item and publish its result")
    @APIResponse(responseCode = "200", description = "The item with its result")
    @APIResponse(responseCode = "409", description = "Already closed")
    public ItemView close(@PathParam("id") String id, @PathParam("itemId") String itemId) {
        Assembly assembly = assembly(id);
        return view(assembly, assemblies.close(assembly.id, uuid(itemId, "Agenda item")));
    }

    private ItemView view(Assembly assembly, AgendaItem item) {
        boolean visible = item.closedAt != null || CityAccess.isStaff(identity);
        return new ItemView(item.id, item.number, item.title, item.description, item.majority, item.closedAt,
                visible && assembly.rollFixedAt != null ? assemblies.tally(assembly, item) : null);
    }

    private static Assembly assembly(String id) {
        Assembly assembly = Assembly.findById(uuid(id, "Assembly"));
        if (assembly == null) {
            throw ProblemException.notFound("Assembly " + id);
        }
        return assembly;
    }

    private static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(what + " " + id);
        }
    }
}
