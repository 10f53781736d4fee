package org.wego.knowledge.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class DirectoryResourceTest {

    private static final String DIRECTORY = "/api/v1/knowledge/directory";
    private static final String TOPIC = "it.wego.membership.events";

    static void admit(String eventId, String code, String name, String country) {
        KafkaProbe.send(TOPIC, code,
                KafkaProbe.cloudEvent(eventId, "org.wego.membership.member.admitted.v1", "members/" + code),
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"country\":\"" + country
                        + "\",\"region\":\"EUROPE\",\"type\":\"FULL\",\"joinedOn\":\"2012-06-01\"}");
    }

    @Test
    void directoryIsPublicAndFedByMembershipEvents() {
        String code = "lisbon-" + UUID.randomUUID().toString().substring(0, 8);
        admit(UUID.randomUUID().toString(), code, "Lisbon", "PT");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get(DIRECTORY + "/" + code).then().statusCode(200).body("name", equalTo("Lisbon")));
        given().queryParam("country", "PT").queryParam("size", 100).get(DIRECTORY)
                .then().statusCode(200).body("items.code", hasItem(code)).body("items.country", everyItem(equalTo("PT")));
    }

    @Test
    void redeliveredEventChangesNothing() {
        String code = "porto-" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = UUID.randomUUID().toString();
        admit(eventId, code, "Porto", "PT");
        admit(eventId, code, "Porto", "PT");
        admit(UUID.randomUUID().toString(), code, "Porto (renamed)", "PT");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get(DIRECTORY + "/" + code).then().statusCode(200).body("name", equalTo("Porto (renamed)")));
        given().auth().oauth2(Tokens.of("admin")).get(DIRECTORY + "/status")
                .then().statusCode(200).body("entries", greaterThanOrEqualTo(1));
        // Two distinct events applied, the duplicate skipped: the revision counts applications.
        org.junit.jupiter.api.Assertions.assertEquals(2,
                (int) org.wego.knowledge.domain.DirectoryEntry.<org.wego.knowledge.domain.DirectoryEntry>findById(code).revision);
    }

    @Test
    void badQueryIsA400Problem() {
        given().queryParam("country", "Portugal").get(DIRECTORY)
                .then().spec(problem(400)).body("violations[0].field", equalTo("country"));
    }

    @Test
    void statusNeedsAdmin() {
        given().get(DIRECTORY + "/status").then().spec(problem(401));
        given().auth().oauth2(Tokens.of("official-madrid")).get(DIRECTORY + "/status").then().spec(problem(403));
    }

    @Test
    void unknownCityIs404() {
        given().get(DIRECTORY + "/" + "nowhere-" + UUID.randomUUID()).then().spec(problem(404));
    }

    @Test
    void unknownPathIs404Problem() {
        given().get("/api/v1/knowledge/nothing-here").then().spec(problem(404));
        given().contentType("application/json").body(Map.of()).post(DIRECTORY).then().spec(problem(405));
    }
}
