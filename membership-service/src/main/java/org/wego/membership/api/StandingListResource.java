package org.wego.membership.api;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.wego.membership.domain.EffectiveStanding;
import org.wego.membership.domain.Member;
import org.wego.membership.domain.StandingPublisher;
import org.wego.web.PageResponse;

import java.util.List;
import java.util.Map;

/**
 * Every member's effective-status timeline, a page at a time: the source side of a reconciliation (each consumer's
 * {@code POST …/admin/standing-reconciliation} takes these items as they are).
 */
@Path("/api/v1/membership/standings")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"wego-admin", "secretariat"})
public class StandingListResource {

    private final StandingPublisher publisher;

    public StandingListResource(StandingPublisher publisher) {
        this.publisher = publisher;
    }

    @GET
    @Operation(summary = "Every member's effective status over time, by code (what member.standing-changed carries)")
    @APIResponse(responseCode = "200", description = "A page of members with their timelines")
    public Response list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                         @QueryParam("size") @DefaultValue("100") @Min(1) @Max(PageResponse.MAX_SIZE) int size,
                         @Context UriInfo uri) {
        var query = Member.<Member>findAll(Sort.by("code"));
        List<String> codes = query.page(Page.of(page, size)).list().stream().map(m -> m.code).toList();
        Map<String, List<EffectiveStanding.Period>> timelines = publisher.timelines(codes);
        List<StandingResource.StandingView> items = codes.stream()
                .map(code -> StandingResource.StandingView.of(code, timelines.getOrDefault(code, List.of()))).toList();
        return new PageResponse<>(items, page, size, query.count()).toResponse(uri);
    }
}
