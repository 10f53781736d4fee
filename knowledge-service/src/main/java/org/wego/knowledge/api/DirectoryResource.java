package org.wego.knowledge.api;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.bson.Document;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.events.membership.StatusTimeline;
import org.wego.knowledge.domain.DirectoryEntry;
import org.wego.web.PageResponse;
import org.wego.web.ProblemException;
import org.wego.web.validation.CountryCode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/knowledge/directory")
@Tag(name = "City directory", description = "Member cities, public, kept current from membership events")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    /**
     * {@code status}/{@code goodStanding}: today's, as the membership-service derives it (dues included);
     * {@code revision}: how many membership events shaped this entry (a redelivery never moves it).
     */
    public record EntryView(String code, String name, String country, String region, String membershipType,
                            LocalDate joinedOn, String status, boolean goodStanding, int revision) {
        static EntryView of(DirectoryEntry e, LocalDate today) {
            StatusTimeline.Change now = e.statusOn(today);
            return new EntryView(e.code, e.name, e.country, e.region, e.membershipType, e.joinedOn, now.status(),
                    now.goodStanding(), e.revision);
        }
    }

    private final Clock clock;

    public DirectoryResource(Clock clock) {
        this.clock = clock;
    }

    public record DirectoryStatus(long entries, Instant lastUpdatedAt) {
    }

    @GET
    @PermitAll
    @Operation(summary = "The public city directory, by code: cities that are members today (a withdrawn or expelled "
            + "city leaves it on the day its membership ends)")
    @APIResponse(responseCode = "200", description = "A page of member cities")
    public Response list(@QueryParam("country") @CountryCode String country,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size,
                         @Context UriInfo uri) {
        LocalDate today = LocalDate.now(clock);
        Document members = new Document("name", new Document("$ne", null))
                .append("$or", List.of(new Document("endedFrom", null), new Document("endedFrom", new Document("$gt", today))));
        if (country != null) {
            members.append("country", country);
        }
        var query = DirectoryEntry.<DirectoryEntry>find(members, new Document("_id", 1));
        return new PageResponse<>(query.page(Page.of(page, size)).list().stream().map(e -> EntryView.of(e, today))
                .toList(), page, size, query.count()).toResponse(uri);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "One member city of the directory")
    @APIResponse(responseCode = "200", description = "The city")
    @APIResponse(responseCode = "404", description = "Not a member city (or its event has not arrived yet), or no "
            + "longer one")
    public EntryView get(@PathParam("code") String code) {
        LocalDate today = LocalDate.now(clock);
        DirectoryEntry entry = DirectoryEntry.findById(code);
        if (entry == null || !entry.known()) {
            throw ProblemException.notFound("Member city '" + code + "'");
        }
        if (entry.endedFrom != null && !entry.endedFrom.isAfter(today)) {
            throw new ProblemException(404, "not-a-member", "No longer a member",
                    "'" + code + "' is no longer a WeGO member (" + entry.statusOn(today).status() + " since "
                            + entry.endedFrom + ")");
        }
        return EntryView.of(entry, today);
    }

    @GET
    @Path("/status")
    @RolesAllowed("wego-admin")
    @Operation(summary = "How current the directory projection is (operators)")
    @APIResponse(responseCode = "200", description = "Entry count and the time of the last applied event")
    public DirectoryStatus status() {
        DirectoryEntry last = DirectoryEntry.<DirectoryEntry>findAll(Sort.descending("updatedAt")).firstResult();
        return new DirectoryStatus(DirectoryEntry.count(), last == null ? null : last.updatedAt);
    }
}
