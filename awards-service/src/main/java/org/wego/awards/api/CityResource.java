package org.wego.awards.api;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
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
import org.wego.awards.domain.MemberCity;
import org.wego.web.PageResponse;
import org.wego.web.ProblemException;
import org.wego.web.QueryParams;

import java.time.Clock;
import java.time.LocalDate;

@Path("/api/v1/awards/cities")
@Tag(name = "Member cities", description = "Member cities as the awards-service knows them from membership events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"wego-admin", "secretariat"})
public class CityResource {

    private final Clock clock;

    public CityResource(Clock clock) {
        this.clock = clock;
    }

    /** {@code status}, {@code goodStanding} and {@code standingFrom}: the latest dated change the service knows. */
    public record CityView(String code, String name, String country, String region, String membershipType,
                           LocalDate joinedOn, String status, boolean goodStanding, LocalDate standingFrom,
                           int revision) {
        static CityView of(MemberCity c) {
            return new CityView(c.code, c.name, c.country, c.region, c.membershipType, c.joinedOn, c.status,
                    c.goodStanding, c.standingFrom, c.revision);
        }
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One member city known to the awards-service")
    @APIResponse(responseCode = "200", description = "The city")
    @APIResponse(responseCode = "404", description = "No membership event for this city has arrived")
    public CityView get(@PathParam("code") String code) {
        MemberCity city = MemberCity.findById(code);
        if (city == null) {
            throw ProblemException.notFound("Member city '" + code + "'");
        }
        return CityView.of(city);
    }

    /** What the awards-service believes of the city's standing on a day: for reconciling with the membership-service. */
    public record StandingView(String code, LocalDate asOf, boolean goodStanding) {
    }

    @GET
    @Path("/{code}/standing")
    @Operation(summary = "The city's standing on a date (default today) as entries and submissions see it; compare "
            + "with the membership-service's GET /members/{code}?asOf= to find drift")
    @APIResponse(responseCode = "200", description = "Good standing on the date")
    @APIResponse(responseCode = "404", description = "No membership event for this city has arrived")
    public StandingView standing(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        LocalDate day = QueryParams.dateOr(asOf, LocalDate.now(clock), "asOf");
        MemberCity city = MemberCity.findById(code);
        if (city == null) {
            throw ProblemException.notFound("Member city '" + code + "'");
        }
        return new StandingView(code, day, city.goodStandingOn(day));
    }

    @GET
    @Operation(summary = "Member cities known to the awards-service, by code")
    @APIResponse(responseCode = "200", description = "A page of cities")
    public Response list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size,
                         @Context UriInfo uri) {
        var query = MemberCity.<MemberCity>findAll(Sort.by("code"));
        return new PageResponse<>(query.page(Page.of(page, size)).list().stream().map(CityView::of).toList(),
                page, size, query.count()).toResponse(uri);
    }
}
