package org.wego.membership.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.membership.domain.MembershipStatistics;
import org.wego.web.ProblemException;
import org.wego.web.QueryParams;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/membership/stats")
@Tag(name = "Statistics", description = "Membership counts as of any date, derived from the dated history")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"wego-admin", "secretariat", "partner", "city-official"})
public class StatsResource {

    static final int MAX_POINTS = 200;

    public record Series(LocalDate from, LocalDate to, String interval, List<MembershipStatistics.Counts> points) {
    }

    private final MembershipStatistics statistics;
    private final Clock clock;

    public StatsResource(MembershipStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "Members on a date (default today): total, by region, by type (members who joined and had "
            + "not withdrawn or been expelled, whatever their dues standing), and by status")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "400", description = "asOf is not a date")
    public MembershipStatistics.Counts asOf(@QueryParam("asOf") String asOf) {
        return statistics.asOf(QueryParams.dateOr(asOf, LocalDate.now(clock), "asOf"));
    }

    @GET
    @Path("/series")
    @Operation(summary = "Counts at from, from + interval, ... up to to (interval year, quarter or month)")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "400", description = "Bad dates, from after to, unknown interval, or more than 200 points")
    public Series series(@QueryParam("from") String fromParam, @QueryParam("to") String toParam,
                         @QueryParam("interval") @DefaultValue("year") String interval) {
        LocalDate from = QueryParams.dateOr(fromParam, null, "from");
        if (from == null) {
            throw ProblemException.invalidField("from", "is required (YYYY-MM-DD)");
        }
        LocalDate to = QueryParams.dateOr(toParam, LocalDate.now(clock), "to");
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        Period step = switch (interval) {
            case "year" -> Period.ofYears(1);
            case "quarter" -> Period.ofMonths(3);
            case "month" -> Period.ofMonths(1);
            default -> throw ProblemException.invalidField("interval", "must be year, quarter or month");
        };
        List<MembershipStatistics.Counts> points = new ArrayList<>();
        for (int k = 0; !from.plus(step.multipliedBy(k)).isAfter(to); k++) {
            if (k == MAX_POINTS) {
                throw ProblemException.invalidField("interval", "gives more than " + MAX_POINTS + " points; widen it");
            }
            // From the start date each time, so month ends stay month ends (Jan 31 + 1 month = Feb 28/29).
            points.add(statistics.asOf(from.plus(step.multipliedBy(k))));
        }
        return new Series(from, to, interval, points);
    }
}
