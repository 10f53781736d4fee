package org.wego.knowledge.domain.calendar;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import org.wego.web.validation.HttpUrlValidator;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes events as iCalendar (RFC 5545) with ical4j: start and end in the event's own time zone, with the VTIMEZONE
 * definitions the RFC requires, so calendar apps show a Seoul webinar at the right hour everywhere; line folding and
 * text escaping are the library's.
 */
public final class ICalendar {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private ICalendar() {
    }

    public static String write(List<ScheduledEvent> events) {
        Calendar calendar = new Calendar();
        calendar.getProperties().add(new ProdId("-//WeGO//Knowledge platform 1.0//EN"));
        calendar.getProperties().add(Version.VERSION_2_0);
        calendar.getProperties().add(CalScale.GREGORIAN);
        calendar.getProperties().add(Method.PUBLISH);
        Set<String> zonesAdded = new HashSet<>();
        for (ScheduledEvent e : events) {
            String zoneId = e.start().getZone().getId();
            TimeZone zone = ZONES.getTimeZone(zoneId);
            DateTime start = dateTime(e.start().toInstant().toEpochMilli(), zone);
            DateTime end = dateTime(e.end().toInstant().toEpochMilli(), zone);
            if (zone != null && zonesAdded.add(zoneId)) {
                calendar.getComponents().add(zone.getVTimeZone());
            }
            VEvent event = new VEvent(start, end, e.title());
            event.getProperties().add(new Uid(e.id() + "@knowledge.wego"));
            event.getProperties().add(new Description(e.summary()
                    + (e.registrationUrl() == null ? "" : "\nRegistration: " + e.registrationUrl())));
            if (e.location() != null) {
                event.getProperties().add(new Location(e.location()));
            }
            String url = e.onlineUrl() != null ? e.onlineUrl() : e.registrationUrl();
            if (url != null) {
                // Encoded: a URL stored before URLs were validated must not fail the whole calendar.
                event.getProperties().add(new Url(URI.create(HttpUrlValidator.encoded(url))));
            }
            calendar.getComponents().add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write iCalendar", e);
        }
        return out.toString();
    }

    /** In the event's zone when ical4j knows it, else in UTC (still the right instant). */
    private static DateTime dateTime(long epochMillis, TimeZone zone) {
        DateTime t = new DateTime(new Date(epochMillis));
        if (zone != null) {
            t.setTimeZone(zone);
        } else {
            t.setUtc(true);
        }
        return t;
    }
}
