package org.wego.membership.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.membership.domain.Member;
import org.wego.membership.domain.MemberAdmission;
import org.wego.membership.domain.MemberSearch;
import org.wego.membership.domain.MembershipStatus;
import org.wego.membership.domain.MembershipType;
import org.wego.membership.domain.Region;
import org.wego.membership.domain.MemberReads;
import org.wego.web.CityAccess;
import org.wego.web.PageResponse;
import org.wego.web.ProblemException;
import org.wego.web.QueryParams;
import org.wego.web.validation.CountryCode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/membership/members")
@Tag(name = "Members", description = "Member cities and local governments: full records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    private final MemberAdmission admission;
    private final MemberReads reads;
    private final SecurityIdentity identity;
    private final Clock clock;

    public MemberResource(MemberAdmission admission, MemberReads reads,
                          SecurityIdentity identity, Clock clock) {
        this.admission = admission;
        this.reads = reads;
        this.identity = identity;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Admit a member directly (secretariat; also records members who joined before the platform)")
    @APIResponse(responseCode = "201", description = "Admitted (ACTIVE from joinedOn); member.admitted is published")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json with violations)")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "joinedOn is in the future")
    public Response admit(@NotNull @Valid MemberRequest request, @Context UriInfo uri) {
        Member member = admission.admit(request.toMember(), Actors.of(identity));
        LocalDate today = LocalDate.now(clock);
        return Response.created(uri.getAbsolutePathBuilder().path(member.code).build())
                .tag(etag(member)).entity(MemberView.of(member, MembershipStatus.ACTIVE, today)).build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "A member's full record and its status on a date (default today); officials: own city only")
    @APIResponse(responseCode = "200", description = "The member")
    @APIResponse(responseCode = "403", description = "An official of another city")
    @APIResponse(responseCode = "404", description = "No such member")
    public Response get(@PathParam("code") String code, @QueryParam("asOf") String asOfParam) {
        CityAccess.requireActsFor(identity, code);
        LocalDate asOf = QueryParams.dateOr(asOfParam, LocalDate.now(clock), "asOf");
        MemberReads.MemberOnDate read = reads.memberOn(code, asOf);
        return Response.ok(MemberView.of(read.member(), read.status(), asOf)).tag(etag(read.member())).build();
    }

    @GET
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Members filtered by region, country, type, status on a date and name; paged and sorted")
    @APIResponse(responseCode = "200", description = "A page of members")
    @APIResponse(responseCode = "400", description = "An unknown filter value, sort key or a bad date")
    public Response list(@QueryParam("region") String region,
                         @QueryParam("country") @CountryCode String country,
                         @QueryParam("type") String type,
                         @QueryParam("status") String status,
                         @QueryParam("asOf") String asOfParam,
                         @QueryParam("q") @Size(max = 100) String q,
                         @QueryParam("sort") @DefaultValue("code") String sort,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size,
                         @Context UriInfo uri) {
        LocalDate asOf = QueryParams.dateOr(asOfParam, LocalDate.now(clock), "asOf");
        boolean descending = sort.startsWith("-");
        MemberSearch.SortKey key = switch (descending ? sort.substring(1) : sort) {
            case "code" -> MemberSearch.SortKey.CODE;
            case "name" -> MemberSearch.SortKey.NAME;
            case "joinedOn" -> MemberSearch.SortKey.JOINED_ON;
            default -> throw ProblemException.invalidField("sort",
                    "must be code, name or joinedOn, optionally prefixed with - for descending");
        };
        MemberSearch.Result result = reads.search(new MemberSearch.Criteria(
                QueryParams.enumOrNull(Region.class, region, "region"), country,
                QueryParams.enumOrNull(MembershipType.class, type, "type"),
                QueryParams.enumOrNull(MembershipStatus.class, status, "status"), q, asOf, key, descending, page, size));
        List<MemberView> items = result.hits().stream().map(h -> MemberView.of(h.member(), h.status(), asOf)).toList();
        return new PageResponse<>(items, page, size, result.total()).toResponse(uri);
    }

    static EntityTag etag(Member member) {
        return new EntityTag(Long.toString(member.version));
    }
}
