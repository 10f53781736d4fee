package org.wego.awards.events;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.DatabaseFaults;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class MembershipEventsConsumerTest {

    private static final String TOPIC = "it.wego.membership.events";
    private static final String ADMITTED = "org.wego.membership.member.admitted.v1";

    static String admitted(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"country\":\"KR\",\"region\":\"ASIA\","
                + "\"type\":\"FULL\",\"joinedOn\":\"2008-09-01\",\"addedLater\":\"ignored by v1 readers\"}";
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        String code = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        String firstId = UUID.randomUUID().toString();
        Map<String, String> headers = KafkaProbe.cloudEvent(firstId, ADMITTED, "members/" + code);
        KafkaProbe.send(TOPIC, code, headers, admitted(code, "First name"));
        KafkaProbe.send(TOPIC, code, headers, admitted(code, "First name"));
        // A later, distinct event on the same key: once it shows, the duplicate before it was handled too.
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), ADMITTED, "members/" + code),
                admitted(code, "Renamed"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/awards/cities/" + code)
                        .then().statusCode(200).body("name", equalTo("Renamed")));
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/awards/cities/" + code)
                .then().body("revision", equalTo(2)).body("country", equalTo("KR"));
    }

    private static String standing(String code, String... periods) {
        StringBuilder json = new StringBuilder("{\"code\":\"" + code + "\",\"cause\":\"INVOICE\",\"standing\":[");
        for (int i = 0; i < periods.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"from\":\"").append(periods[i]).append("\",\"status\":\"")
                    .append(periods[i + 1]).append("\",\"goodStanding\":").append("ACTIVE".equals(periods[i + 1])).append('}');
        }
        return json.append("]}").toString();
    }

    @Test
    void theNewestStandingTimelineSaysWhereTheCityStandsOnAnyDayAndAnOlderOneArrivingLateChangesNothing() {
        String code = "standing-" + UUID.randomUUID().toString().substring(0, 8);
        String type = "org.wego.membership.member.standing-changed.v1";
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), ADMITTED, "members/" + code, 1),
                admitted(code, "Standing City"));
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), type, "members/" + code, 3),
                standing(code, "2008-09-01", "ACTIVE", "2031-06-30", "LAPSED", "2031-08-01", "ACTIVE"));
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), type, "members/" + code, 2),
                standing(code, "2008-09-01", "ACTIVE", "2020-01-01", "LAPSED")); // older: must not win
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/awards/cities/" + code)
                        .then().statusCode(200).body("revision", equalTo(3)));
        Map<String, Boolean> expected = Map.of("2021-01-01", true, "2031-06-29", true, "2031-06-30", false,
                "2031-07-31", false, "2031-08-01", true);
        expected.forEach((day, good) -> given().auth().oauth2(Tokens.of("secretariat")).queryParam("asOf", day)
                .get("/api/v1/awards/cities/" + code + "/standing").then().statusCode(200)
                .body("goodStanding", equalTo(good)));
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/awards/cities/" + code)
                .then().body("status", equalTo("ACTIVE")).body("standingFrom", equalTo("2031-08-01"));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("asOf", "yesterday")
                .get("/api/v1/awards/cities/" + code + "/standing").then().statusCode(400);
    }

    @Test
    void poisonMessageGoesToTheDeadLetterTopicAndDoesNotBlockThePartition() {
        String poisonKey = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaProbe.send(TOPIC, poisonKey, Map.of("ce_specversion", "1.0", "ce_type", ADMITTED), "{not json");
        String code = "after-poison-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), ADMITTED, "members/" + code),
                admitted(code, "Still applied"));

        ConsumerRecord<String, String> dead = KafkaProbe.await(TOPIC + ".dlq", r -> poisonKey.equals(r.key()),
                Duration.ofSeconds(30));
        assertEquals("{not json", dead.value());
        assertTrue(KafkaProbe.header(dead, "dead-letter-reason").orElseThrow().contains("ce_id"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/awards/cities/" + code)
                        .then().statusCode(200).body("name", equalTo("Still applied")));
    }

    @Test
    void eventWithDataMissingRequiredFieldsIsDeadLettered() {
        String code = "incomplete-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), ADMITTED, "members/" + code),
                "{\"code\":\"" + code + "\"}");
        ConsumerRecord<String, String> dead = KafkaProbe.await(TOPIC + ".dlq", r -> code.equals(r.key()),
                Duration.ofSeconds(30));
        String reason = KafkaProbe.header(dead, "dead-letter-reason").orElseThrow();
        assertTrue(reason.contains("schema") && reason.contains("required property 'country'"), reason);
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/awards/cities/" + code).then().statusCode(404);
    }

    private static final String STATUS_CHANGED = "org.wego.membership.member.status-changed.v1";
    private static final String UPDATED = "org.wego.membership.member.updated.v1";

    static String statusChanged(String code, String status, String from, String effective, boolean good) {
        return "{\"code\":\"" + code + "\",\"status\":\"" + status + "\",\"previousStatus\":\"" + from
                + "\",\"effectiveDate\":\"" + effective + "\",\"reason\":\"test\",\"goodStanding\":" + good + "}";
    }

    static String updated(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"country\":\"KE\",\"region\":\"AFRICA\","
                + "\"type\":\"FULL\",\"foundingMember\":false,\"changedFields\":[\"name\",\"country\"]}";
    }

    @Test
    void eventsDeliveredOutOfOrderAndTwiceEndWhereTheSourceIs() {
        String code = "ooo-" + UUID.randomUUID().toString().substring(0, 8);
        String admittedId = UUID.randomUUID().toString();
        String suspendedId = UUID.randomUUID().toString();
        String reinstatedId = UUID.randomUUID().toString();
        String renamedId = UUID.randomUUID().toString();
        String subject = "members/" + code;
        // Source order: admitted (1), suspended from 2024-01-01 (2), active again from 2024-06-01 (3), renamed (4).
        // Delivered: 3, 4, 2, 1, then 2 and 3 once more.
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(reinstatedId, STATUS_CHANGED, subject, 3),
                statusChanged(code, "ACTIVE", "SUSPENDED", "2024-06-01", true));
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(renamedId, UPDATED, subject, 4), updated(code, "Renamed"));
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(suspendedId, STATUS_CHANGED, subject, 2),
                statusChanged(code, "SUSPENDED", "ACTIVE", "2024-01-01", false));
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(admittedId, ADMITTED, subject, 1), admitted(code, "First name"));
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(suspendedId, STATUS_CHANGED, subject, 2),
                statusChanged(code, "SUSPENDED", "ACTIVE", "2024-01-01", false));
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(reinstatedId, STATUS_CHANGED, subject, 3),
                statusChanged(code, "ACTIVE", "SUSPENDED", "2024-06-01", true));
        // A marker on the same key and partition: once it is applied, everything before it was handled.
        String marker = UUID.randomUUID().toString();
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(marker, STATUS_CHANGED, subject, 5),
                statusChanged(code, "ACTIVE", "ACTIVE", "2024-06-01", true));

        // revision counts events applied to an existing city: the admission and the marker; the three that came
        // before the admission waited (timeline, early update) and the duplicates changed nothing.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/awards/cities/" + code)
                        .then().statusCode(200).body("revision", equalTo(2)));
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/awards/cities/" + code).then()
                // the admission (1) arrived after the rename (4) and did not undo it
                .body("name", equalTo("Renamed")).body("country", equalTo("KE"))
                // the timeline, not the arrival order: active again from 2024-06-01, after a suspension
                .body("status", equalTo("ACTIVE")).body("standingFrom", equalTo("2024-06-01"))
                .body("goodStanding", equalTo(true));
    }

    @Test
    void aVersionTheConsumerDoesNotKnowIsDeadLetteredNotSkipped() {
        String code = "v2-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(UUID.randomUUID().toString(),
                "org.wego.membership.member.admitted.v2", "members/" + code), admitted(code, "From the future"));
        ConsumerRecord<String, String> dead = KafkaProbe.await(TOPIC + ".dlq", r -> code.equals(r.key()),
                Duration.ofSeconds(30));
        String reason = KafkaProbe.header(dead, "dead-letter-reason").orElseThrow();
        assertTrue(reason.contains("version this consumer does not know"), reason);
        // the original CloudEvents headers travel with the dead letter, so a replay can send it as it was
        assertEquals("org.wego.membership.member.admitted.v2", KafkaProbe.header(dead, "ce_type").orElseThrow());
    }

    @Test
    void whileTheDatabaseIsAwayEventsAreRetriedNotDeadLetteredAndReadsAnswer503() {
        String code = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        double retriesBefore = retries();
        try (DatabaseFaults outage = DatabaseFaults.unreachable("awards_test")) {
            KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(UUID.randomUUID().toString(), ADMITTED,
                    "members/" + code, 1), admitted(code, "Waits for its database"));
            await().atMost(Duration.ofSeconds(30)).until(() -> retries() > retriesBefore);
            given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/awards/cities/" + code)
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue()).body("status", equalTo(503));
            given().get("/q/health/ready").then().statusCode(503);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/awards/cities/" + code)
                        .then().statusCode(200).body("name", equalTo("Waits for its database")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        assertTrue(KafkaProbe.upToEnd(TOPIC + ".dlq", r -> code.equals(r.key())).isEmpty(),
                "an outage must not dead-letter the event");
    }

    private static double retries() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("wego_consumer_retries_total{") && l.contains(MembershipEventsConsumer.CONSUMER))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
