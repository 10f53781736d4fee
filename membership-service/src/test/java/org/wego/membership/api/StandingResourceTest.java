package org.wego.membership.api;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class StandingResourceTest {

    private static final String TOPIC = "it.wego.membership.events";
    private static final String STANDING_CHANGED = "org.wego.membership.member.standing-changed.v1";

    private static List<ConsumerRecord<String, String>> standingEvents(String code, int expected) {
        return KafkaProbe.all(TOPIC, r -> code.equals(r.key())
                && STANDING_CHANGED.equals(KafkaProbe.header(r, "ce_type").orElse("")), expected, Duration.ofSeconds(20));
    }

    @Test
    void duesMoveTheTimelineAndEachChangeIsPublishedWithFutureDaysIncluded() {
        String code = DuesResourceTest.admitted(); // ACTIVE from 2008-09-01: consumers assume that, nothing published
        LocalDate due = LocalDate.now().plusDays(10);
        DuesResourceTest.post("secretariat", "/members/" + code + "/dues/invoices",
                Map.of("year", 2030, "amount", 100, "currency", "USD", "dueDate", due.toString())).statusCode(201);
        LocalDate lapses = due.plusDays(91); // the day after the 90-day grace period, still in the future
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/membership/members/" + code + "/standing")
                .then().statusCode(200)
                .body("standing.from", contains("2008-09-01", lapses.toString()))
                .body("standing.status", contains("ACTIVE", "LAPSED"))
                .body("standing.goodStanding", contains(true, false));

        DuesResourceTest.post("secretariat", "/members/" + code + "/dues/invoices/2030/payments",
                Map.of("amount", 100, "currency", "USD", "paidOn", LocalDate.now().toString())).statusCode(201);
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/membership/members/" + code + "/standing")
                .then().statusCode(200).body("standing.status", contains("ACTIVE"));

        List<ConsumerRecord<String, String>> events = standingEvents(code, 2);
        assertEquals(2, events.size(), events.toString());
        assertTrue(events.get(0).value().contains("{\"from\":\"" + lapses + "\",\"status\":\"LAPSED\",\"goodStanding\":false}")
                && events.get(0).value().contains("\"cause\":\"INVOICE\""), events.get(0).value());
        assertTrue(events.get(1).value().contains("\"standing\":[{\"from\":\"2008-09-01\",\"status\":\"ACTIVE\",\"goodStanding\":true}]")
                && events.get(1).value().contains("\"cause\":\"PAYMENT\""), events.get(1).value());
        assertEquals(0, KafkaProbe.upToEnd(TOPIC, r -> code.equals(r.key())
                && STANDING_CHANGED.equals(KafkaProbe.header(r, "ce_type").orElse(""))
                && r.value().contains("RECONCILIATION")).size(), "nothing left for the reconciler");
    }

    @Test
    void aSuspensionIsInTheTimelineAndOfficialsReadTheirOwnOnly() {
        String code = DuesResourceTest.admitted();
        given().auth().oauth2(Tokens.of("secretariat")).contentType("application/json")
                .body(Map.of("status", "SUSPENDED", "effectiveDate", LocalDate.now().toString(), "reason", "board decision"))
                .post("/api/v1/membership/members/" + code + "/status-changes").then().statusCode(201);
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/membership/members/" + code + "/standing")
                .then().statusCode(200).body("standing.status", contains("ACTIVE", "SUSPENDED"));
        List<ConsumerRecord<String, String>> events = standingEvents(code, 1);
        assertEquals(1, events.size());
        assertTrue(events.get(0).value().contains("\"cause\":\"STATUS_CHANGE\""), events.get(0).value());
        given().auth().oauth2(Tokens.of("official-nairobi")).get("/api/v1/membership/members/" + code + "/standing")
                .then().spec(problem(403));
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/membership/members/no-such-city/standing")
                .then().spec(problem(404));
        given().get("/api/v1/membership/members/" + code + "/standing").then().spec(problem(401));
    }

    @Test
    void everyMembersTimelineIsListedPageByPageForReconciliation() {
        String code = DuesResourceTest.admitted();
        given().auth().oauth2(Tokens.of("secretariat")).contentType("application/json")
                .body(Map.of("status", "SUSPENDED", "effectiveDate", LocalDate.now().toString(), "reason", "board decision"))
                .post("/api/v1/membership/members/" + code + "/status-changes").then().statusCode(201);
        List<String> one = given().auth().oauth2(Tokens.of("admin")).get("/api/v1/membership/members/" + code + "/standing")
                .then().statusCode(200).extract().path("standing.status");
        // Walk every page: the member appears exactly once, with the same timeline as its own resource.
        int seen = 0;
        String previous = "";
        for (int page = 0; ; page++) {
            io.restassured.path.json.JsonPath body = given().auth().oauth2(Tokens.of("secretariat"))
                    .queryParam("page", page).queryParam("size", 100).get("/api/v1/membership/standings")
                    .then().statusCode(200).extract().jsonPath();
            List<String> codes = body.getList("items.code");
            for (int i = 0; i < codes.size(); i++) {
                assertTrue(codes.get(i).compareTo(previous) > 0, "sorted by code, no repeats: " + codes.get(i));
                previous = codes.get(i);
                if (codes.get(i).equals(code)) {
                    seen++;
                    assertEquals(one, body.getList("items[" + i + "].standing.status"));
                }
            }
            if (codes.size() < 100) {
                break;
            }
        }
        assertEquals(1, seen);
        given().auth().oauth2(Tokens.of("official-seoul")).get("/api/v1/membership/standings").then().spec(problem(403));
        given().get("/api/v1/membership/standings").then().spec(problem(401));
    }
}
