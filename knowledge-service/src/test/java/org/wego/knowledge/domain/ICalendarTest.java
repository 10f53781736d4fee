package org.wego.knowledge.domain;

import org.junit.jupiter.api.Test;
import org.wego.knowledge.domain.calendar.ICalendar;
import org.wego.knowledge.domain.calendar.ScheduledEvent;

import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ICalendarTest {

    @Test
    void aUrlStoredBeforeValidationIsEncodedAndTheCalendarIsStillWritten() {
        ZonedDateTime start = ZonedDateTime.parse("2027-03-01T10:00:00+09:00[Asia/Seoul]");
        String ics = ICalendar.write(List.of(new ScheduledEvent("e1", "Webinar", "About it", "WEBINAR", start,
                start.plusHours(1), null, "https://meet.example/<room 1>", null)));
        assertTrue(ics.contains("URL:https://meet.example/%3Croom%201%3E"), ics);
    }
}
