package org.wego.knowledge.api;

import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class EventCalendarResourceTest {

    static final String EVENTS = "/api/v1/knowledge/events";

    static Map<String, Object> event(String title, String day, String zone) {
        Map<String, Object> m = new HashMap<>(Map.of("type", "EVENT", "title", title, "summary", "Learn, share; ask",
                "event", Map.of("kind", "WEBINAR", "start", day + "T15:00:00", "end", day + "T16:30:00", "timeZone", zone,
                        "onlineUrl", "https://meet.example/wego", "registrationUrl", "https://wego.example/register")));
        return m;
    }

    @Test
    void upcomingEventsAsJsonAndICalendarInTheirOwnTimeZone() throws Exception {
        // A day no other test or run uses, far ahead.
        String day = (2100 + new Random().nextInt(800)) + "-03-1" + new Random().nextInt(10);
        String seoul = ResourceResourceTest.published(event("Seoul webinar on open data", day, "Asia/Seoul"));
        String nairobi = ResourceResourceTest.published(event("Nairobi lecture", day, "Africa/Nairobi"));
        String draft = ResourceResourceTest.create("secretariat", event("Draft webinar", day, "Asia/Seoul"));

        given().queryParam("from", day).queryParam("to", day).get(EVENTS).then().statusCode(200)
                .body("id", contains(seoul, nairobi)) // 06:00Z before 12:00Z
                .body("start[0]", containsString("+09:00"));

        String ics = given().accept("text/calendar").queryParam("from", day).queryParam("to", day).get(EVENTS)
                .then().statusCode(200).contentType(containsString("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size());
        assertTrue(ics.contains("DTSTART;TZID=Asia/Seoul:" + day.replace("-", "") + "T150000"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE") && ics.contains("TZID:Africa/Nairobi"), ics);
        assertEquals("Seoul webinar on open data", events.get(0).getSummary().getValue());
        assertTrue(ics.contains("Learn\\, share\\; ask"), "RFC 5545 text escaping: " + ics);
        assertTrue(!ics.contains("Draft webinar"));

        given().accept("text/calendar").get(EVENTS + "/" + seoul).then().statusCode(200)
                .body(containsString("UID:" + seoul + "@knowledge.wego"));
        given().get(EVENTS + "/" + draft).then().spec(problem(404));
        given().queryParam("from", "next week").get(EVENTS).then().spec(problem(400));
        given().queryParam("from", "2030-01-02").queryParam("to", "2029-12-31").get(EVENTS).then().spec(problem(400));
    }
}
