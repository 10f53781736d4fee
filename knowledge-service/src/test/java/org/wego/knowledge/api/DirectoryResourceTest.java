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

    static void updated(long sequence, String code, String name, String country) {
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(UUID.randomUUID().toString(),
                "org.wego.membership.member.updated.v1", "members/" + code, sequence),
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"country\":\"" + country
                        + "\",\"region\":\"EUROPE\",\"type\":\"ASSOCIATE\",\"population\":null,\"website\":null,"
                        + "\"foundingMember\":false,\"changedFields\":[\"name\"]}");
    }

    static void standing(long sequence, String code, String periods) {
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(UUID.randomUUID().toString(),
                "org.wego.membership.member.standing-changed.v1", "members/" + code, sequence),
                "{\"code\":\"" + code + "\",\"standing\":[" + periods + "],\"cause\":\"STATUS_CHANGE\"}");
    }

    static String period(java.time.LocalDate from, String status) {
        return "{\"from\":\"" + from + "\",\"status\":\"" + status + "\",\"goodStanding\":"
                + status.equals("ACTIVE") + "}";
    }

    @Test
    void theDirectoryFollowsRenamesInSequenceOrderWhateverTheArrivalOrder() {
        String code = "braga-" + UUID.randomUUID().toString().substring(0, 8);
        // The rename (sequence 3) arrives before the admission (sequence 1): the admission adds its join date only.
        updated(3, code, "Braga Municipality", "PT");
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(UUID.randomUUID().toString(),
                "org.wego.membership.member.admitted.v1", "members/" + code, 1),
                "{\"code\":\"" + code + "\",\"name\":\"Braga\",\"country\":\"PT\",\"region\":\"EUROPE\","
                        + "\"type\":\"FULL\",\"joinedOn\":\"2015-03-01\"}");
        updated(2, code, "Braga (stale)", "ES");
        standing(4, code, period(java.time.LocalDate.of(2015, 3, 1), "ACTIVE"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get(DIRECTORY + "/" + code).then()
                .statusCode(200).body("revision", equalTo(3)));
        given().get(DIRECTORY + "/" + code).then().body("name", equalTo("Braga Municipality"))
                .body("country", equalTo("PT")).body("membershipType", equalTo("ASSOCIATE"))
                .body("joinedOn", equalTo("2015-03-01")).body("status", equalTo("ACTIVE"));
    }

    @Test
    void statusChangesAndWithdrawalsReachTheDirectoryByEffectiveDate() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String suspended = "faro-" + UUID.randomUUID().toString().substring(0, 8);
        String withdrawn = "evora-" + UUID.randomUUID().toString().substring(0, 8);
        String leaving = "leiria-" + UUID.randomUUID().toString().substring(0, 8);
        for (String code : new String[]{suspended, withdrawn, leaving}) {
            admit(UUID.randomUUID().toString(), code, code, "AD");
        }
        java.time.LocalDate joined = java.time.LocalDate.of(2012, 6, 1);
        standing(5, suspended, period(joined, "ACTIVE") + "," + period(today.minusDays(10), "SUSPENDED"));
        standing(5, withdrawn, period(joined, "ACTIVE") + "," + period(today.minusDays(1), "WITHDRAWN"));
        standing(5, leaving, period(joined, "ACTIVE") + "," + period(today.plusDays(30), "WITHDRAWN"));
        // an older timeline arriving late changes nothing
        standing(4, withdrawn, period(joined, "ACTIVE"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().get(DIRECTORY + "/" + suspended).then().statusCode(200)
                    .body("status", equalTo("SUSPENDED")).body("goodStanding", equalTo(false));
            given().get(DIRECTORY + "/" + withdrawn).then().spec(problem(404))
                    .body("detail", org.hamcrest.Matchers.containsString("WITHDRAWN since " + today.minusDays(1)));
            given().get(DIRECTORY + "/" + leaving).then().statusCode(200).body("status", equalTo("ACTIVE"));
        });
        java.util.List<String> listed = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            java.util.List<String> codes = given().queryParam("country", "AD").queryParam("size", 100)
                    .queryParam("page", page).get(DIRECTORY).then().statusCode(200).extract().path("items.code");
            listed.addAll(codes);
            if (codes.size() < 100) {
                break;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(listed.containsAll(java.util.List.of(suspended, leaving)), listed.toString());
        org.junit.jupiter.api.Assertions.assertFalse(listed.contains(withdrawn), listed.toString());
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
