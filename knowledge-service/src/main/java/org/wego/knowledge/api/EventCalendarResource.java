package org.wego.knowledge.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.knowledge.domain.calendar.ICalendar;
import org.wego.knowledge.domain.calendar.ScheduledEvent;
import org.wego.knowledge.domain.resource.KnowledgeResource;
import org.wego.knowledge.domain.resource.ResourceDesk;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@Path("/api/v1/knowledge/events")
@Tag(name = "Events calendar", description = "Upcoming webinars, lectures, courses, assemblies, site visits; iCalendar")
@PermitAll
public class EventCalendarResource {

    static final String CALENDAR = "text/calendar";

    private final ResourceDesk desk;
    private final Clock clock;

    public EventCalendarResource(ResourceDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CALENDAR})
    @Operation(summary = "Published events overlapping [from, to] (dates or instants; default: from now, one year), "
            + "by start; Accept: text/calendar gives one iCalendar with all of them")
    @APIResponse(responseCode = "400", description = "from/to not dates, or to before from")
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to,
                         @jakarta.ws.rs.core.Context HttpHeaders headers) {
        Instant start = from == null ? Instant.now(clock) : instant(from, "from", false);
        Instant end = to == null ? start.plusSeconds(366L * 24 * 3600) : instant(to, "to", true);
        if (end.isBefore(start)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        List<ScheduledEvent> events = new ArrayList<>();
        for (KnowledgeResource r : KnowledgeResource.<KnowledgeResource>list(
                new org.bson.Document("type", "EVENT").append("status", "PUBLISHED"))) {
            ScheduledEvent e = ScheduledEvent.of(r.id, desk.content(r));
            if (!e.end().toInstant().isBefore(start) && !e.start().toInstant().isAfter(end)) {
                events.add(e);
            }
        }
        events.sort(Comparator.comparing((ScheduledEvent e) -> e.start().toInstant()).thenComparing(ScheduledEvent::id));
        return respond(events, headers, "wego-events.ics");
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, CALENDAR})
    @Operation(summary = "One published event (Accept: text/calendar for an .ics to add to a calendar)")
    @APIResponse(responseCode = "404", description = "No published event with this id")
    public Response one(@PathParam("id") String id, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        KnowledgeResource r = ResourceDesk.require(id);
        if (!"EVENT".equals(r.type) || !"PUBLISHED".equals(r.status)) {
            throw ProblemException.notFound("Published event " + id);
        }
        return respond(List.of(ScheduledEvent.of(r.id, desk.content(r))), headers, "wego-event-" + id + ".ics");
    }

    private static Response respond(List<ScheduledEvent> events, HttpHeaders headers, String filename) {
        boolean calendar = headers.getAcceptableMediaTypes().stream().findFirst()
                .map(m -> m.getType().equals("text") && m.getSubtype().equals("calendar")).orElse(false);
        if (calendar) {
            return Response.ok(ICalendar.write(events)).type(CALENDAR + "; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
        }
        return Response.ok(events).type(MediaType.APPLICATION_JSON).build();
    }

    private static Instant instant(String value, String field, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a date (2026-12-01) or an instant (2026-12-01T00:00:00Z)");
        }
    }
}
