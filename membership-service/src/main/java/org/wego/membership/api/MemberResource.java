package org.wego.membership.api;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.membership.domain.Member;
import org.wego.membership.domain.MemberAdmission;
import org.wego.membership.domain.Region;
import org.wego.web.PageResponse;
import org.wego.web.ProblemException;
import org.wego.web.QueryParams;
import org.wego.web.validation.CountryCode;

import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/membership/members")
@Tag(name = "Members", description = "Member cities and local governments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    private final MemberAdmission admission;

    public MemberResource(MemberAdmission admission) {
        this.admission = admission;
    }

    @POST
    @RolesAllowed({"wego-admin", "secretariat"})
    @Operation(summary = "Admit a member directly (secretariat; also records members who joined before the platform)")
    @APIResponse(responseCode = "201", description = "Admitted; member.admitted is published")
    @APIResponse(responseCode = "400", description = "Invalid fields (problem+json with violations)")
    @APIResponse(responseCode = "409", description = "The code is taken")
    @APIResponse(responseCode = "422", description = "joinedOn is in the future")
    public Response admit(@NotNull @Valid MemberRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        Member member = admission.admit(request.toMember());
        return Response.created(uri.getAbsolutePathBuilder().path(member.code).build())
                .tag(etag(member)).entity(MemberView.of(member)).build();
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "One member of the public directory")
    @APIResponse(responseCode = "200", description = "The member")
    @APIResponse(responseCode = "404", description = "No such member")
    public Response get(@PathParam("code") String code) {
        Member member = Member.findById(code);
        if (member == null) {
            throw ProblemException.notFound("Member '" + code + "'");
        }
        return Response.ok(MemberView.of(member)).tag(etag(member)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "The public member directory, filtered and paged, sorted by code")
    @APIResponse(responseCode = "200", description = "A page of members")
    public Response list(@QueryParam("region") String regionParam,
                         @QueryParam("country") @CountryCode String country,
                         @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size,
                         @jakarta.ws.rs.core.Context UriInfo uri) {
        Region region = QueryParams.enumOrNull(Region.class, regionParam, "region");
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (region != null) {
            where.add("region = :region");
            params.and("region", region);
        }
        if (country != null) {
            where.add("country = :country");
            params.and("country", country);
        }
        var query = Member.<Member>find(String.join(" and ", where), Sort.by("code"), params.map());
        long total = query.count();
        List<MemberView> items = query.page(Page.of(page, size)).list().stream().map(MemberView::of).toList();
        return new PageResponse<>(items, page, size, total).toResponse(uri);
    }

    private static EntityTag etag(Member member) {
        return new EntityTag(Long.toString(member.version));
    }
}
