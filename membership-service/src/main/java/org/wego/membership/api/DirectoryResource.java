package org.wego.membership.api;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.membership.domain.MemberReads;
import org.wego.membership.domain.MemberSearch;
import org.wego.membership.domain.MembershipStatus;
import org.wego.membership.domain.MembershipType;
import org.wego.membership.domain.Region;
import org.wego.web.PageResponse;
import org.wego.web.QueryParams;
import org.wego.web.validation.CountryCode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/membership/directory")
@Tag(name = "Directory", description = "Public directory of active members")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

    /** What anyone may see of an active member. */
    public record Listing(String code, String name, String country, Region region, MembershipType type, int joinedYear) {
    }

    private final MemberReads reads;
    private final Clock clock;

    public DirectoryResource(MemberReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Operation(summary = "Members that are ACTIVE today, by name (public)")
    @APIResponse(responseCode = "200", description = "A page of listings")
    public Response list(@QueryParam("region") String region,
                         @QueryParam("country") @CountryCode String country,
                         @QueryParam("type") String type,
                         @QueryParam("q") @Size(max = 100) String q,
                         @QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageResponse.MAX_SIZE) int size,
                         @Context UriInfo uri) {
        MemberSearch.Result result = reads.search(new MemberSearch.Criteria(
                QueryParams.enumOrNull(Region.class, region, "region"), country,
                QueryParams.enumOrNull(MembershipType.class, type, "type"), MembershipStatus.ACTIVE, q,
                LocalDate.now(clock), MemberSearch.SortKey.NAME, false, page, size));
        List<Listing> items = result.hits().stream().map(h -> new Listing(h.member().code, h.member().name,
                h.member().country, h.member().region, h.member().type, h.member().joinedOn.getYear())).toList();
        return new PageResponse<>(items, page, size, result.total()).toResponse(uri);
    }
}
