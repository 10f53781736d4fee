package org.wego.membership.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.membership.domain.EffectiveStanding;
import org.wego.membership.domain.Member;
import org.wego.membership.domain.StandingPublisher;
import org.wego.web.CityAccess;

import java.util.List;

@Path("/api/v1/membership/members/{code}/standing")
@Tag(name = "Members")
@Produces(MediaType.APPLICATION_JSON)
public class StandingResource {

    public record PeriodView(java.time.LocalDate from, String status, boolean goodStanding) {
    }

    public record StandingView(String code, List<PeriodView> standing) {
        static StandingView of(String code, List<EffectiveStanding.Period> periods) {
            return new StandingView(code, periods.stream()
                    .map(p -> new PeriodView(p.from(), p.status().name(), p.goodStanding())).toList());
        }
    }

    private final StandingPublisher publisher;
    private final SecurityIdentity identity;

    public StandingResource(StandingPublisher publisher, SecurityIdentity identity) {
        this.publisher = publisher;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({"wego-admin", "secretariat", "city-official"})
    @Operation(summary = "The member's effective status over time (decided status corrected by the dues ledger), "
            + "future days included: what member.standing-changed carries; officials: own city only")
    @APIResponse(responseCode = "200", description = "The periods, each in force until the next")
    @APIResponse(responseCode = "403", description = "An official of another city")
    @APIResponse(responseCode = "404", description = "No such member")
    public StandingView standing(@PathParam("code") String code) {
        CityAccess.requireActsFor(identity, code);
        Member.require(code);
        List<EffectiveStanding.Period> periods = publisher.timelines(List.of(code)).getOrDefault(code, List.of());
        return StandingView.of(code, periods);
    }
}
