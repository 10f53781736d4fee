package org.wego.awards.events;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
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
        assertTrue(KafkaProbe.header(dead, "dead-letter-reason").orElseThrow().contains("required fields"));
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/awards/cities/" + code).then().statusCode(404);
    }
}
