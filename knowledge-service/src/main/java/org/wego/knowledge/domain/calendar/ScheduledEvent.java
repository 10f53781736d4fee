package org.wego.knowledge.domain.calendar;

import org.wego.knowledge.domain.resource.ResourceContent;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A published EVENT resource placed on the time line: its local start and end resolved in its own time zone. */
public record ScheduledEvent(String id, String title, String summary, String kind, ZonedDateTime start,
                             ZonedDateTime end, String location, String onlineUrl, String registrationUrl) {

    public static ScheduledEvent of(String id, ResourceContent c) {
        ResourceContent.EventDetails e = c.event();
        ZoneId zone = ZoneId.of(e.timeZone());
        return new ScheduledEvent(id, c.title(), c.summary(), e.kind(), e.start().atZone(zone), e.end().atZone(zone),
                e.location(), e.onlineUrl(), e.registrationUrl());
    }
}
