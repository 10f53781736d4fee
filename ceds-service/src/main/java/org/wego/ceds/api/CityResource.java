package org.wego.ceds.api;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.ceds.domain.MemberCity;
import org.wego.ceds.domain.MemberCityStatus;
import org.wego.events.membership.StatusTimeline;
import org.wego.web.CityAccess;
import org.wego.web.PageResponse;
import org.wego.web.ProblemException;
import org.wego.web.QueryParams;

import java.time.Clock;
import java.time.LocalDate;

@Path("/api/v1/ceds/cities")
@Tag(name = "Member cities", description = "Member cities as CeDS knows them from membership events")
@Produces(MediaType.APPLICATION_JSON)
public class CityResource {

    /** {@code revision}: how many membership events were applied to this city (a redelivery never moves it). */
    public record CityView(String code, String name, String country, String region, String membershipType,
                           LocalDate joinedOn, int revision) {
        static CityView of(MemberCity c) {
            return new CityView(c.code, c.name, c.country, c.region, c.membershipType, c.joinedOn, c.revision);
        }
    }

    private final SecurityIdentity identity;

    private final Clock clock;

    public CityResource(SecurityIdentity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "One member city (a city official sees only their own)")
    @APIResponse(responseCode = "200", description = "The city")
    @APIResponse(responseCode = "403", description = "An official of another city")
    @APIResponse(responseCode = "404", description = "No membership event for this city has arrived")
    public CityView get(@PathParam("code") String code) {
        // Authorise before looking up, so another city's official cannot probe which cities exist.
        CityAccess.requireActsFor(identity, code);
        MemberCity city = MemberCity.findById(code);
        if (city == null) {
            throw ProblemException.notFound("Member city '" + code + "'");
        }
        return CityView.of(city);
    }

    /** What the ceds-service believes of the city on a day: for reconciling with the membership-service. */
    public record StandingView(String code, LocalDate asOf, boolean member, boolean goodStanding) {
    }

    @GET
    @Path("/{code}/standing")
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "The city's membership on a date (default today) as assessments see it (member: may start "
            + "one); compare with the membership-service's GET /members/{code}?asOf= to find drift")
    @APIResponse(responseCode = "200", description = "Member and good standing on the date")
    @APIResponse(responseCode = "404", description = "No membership event for this city has arrived")
    public StandingView standing(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        LocalDate day = QueryParams.dateOr(asOf, LocalDate.now(clock), "asOf");
        if (MemberCity.findById(code) == null) {
            throw ProblemException.notFound("Member city '" + code + "'");
        }
        StatusTimeline standing = MemberCityStatus.standing(code);
        return new StandingView(code, day, standing.memberOn(day), standing.goodStandingOn(day));
    }

    @GET
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Member cities known to CeDS, by code")
    @APIResponse(responseCode = "200", description = "A page of cities")
    public Response list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size,
                         @Context UriInfo uri) {
        var query = MemberCity.<MemberCity>findAll(Sort.by("code"));
        return new PageResponse<>(query.page(Page.of(page, size)).list().stream().map(CityView::of).toList(),
                page, size, query.count()).toResponse(uri);
    }
}
