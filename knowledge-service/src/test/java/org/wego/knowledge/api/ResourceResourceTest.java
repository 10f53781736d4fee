package org.wego.knowledge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class ResourceResourceTest {

    static final String RESOURCES = "/api/v1/knowledge/resources";

    static Map<String, Object> practice(String title) {
        return new HashMap<>(Map.of("type", "GOOD_PRACTICE", "title", title, "summary", "What " + title + " is about"));
    }

    static String create(String user, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body).post(RESOURCES)
                .then().statusCode(201).extract().path("id");
    }

    static void move(String id, String to, String comment) {
        Map<String, Object> body = new HashMap<>(Map.of("to", to));
        if (comment != null) {
            body.put("comment", comment);
        }
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(body)
                .post(RESOURCES + "/" + id + "/transitions").then().statusCode(200).body("status", equalTo(to));
    }

    static String published(Map<String, Object> body) {
        String id = create("secretariat", body);
        move(id, "IN_REVIEW", null);
        move(id, "PUBLISHED", null);
        return id;
    }

    @Test
    void aMinimalDraftIsPrivateUntilPublished() {
        String id = given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(practice("Smart parking")).post(RESOURCES)
                .then().statusCode(201).header("ETag", "\"1\"").body("status", equalTo("DRAFT"))
                .body("language", equalTo("en")).body("type", equalTo("GOOD_PRACTICE")).extract().path("id");
        given().get(RESOURCES + "/" + id).then().spec(problem(404));
        given().auth().oauth2(Tokens.of("official-madrid")).get(RESOURCES + "/" + id).then().spec(problem(404));
        move(id, "IN_REVIEW", null);
        move(id, "PUBLISHED", null);
        given().get(RESOURCES + "/" + id).then().statusCode(200).body("title", equalTo("Smart parking"))
                .body("history.to", contains("IN_REVIEW", "PUBLISHED"));
        given().get(RESOURCES + "?type=GOOD_PRACTICE&size=100").then().statusCode(200).body("items.status", not(hasItem("DRAFT")));
        ConsumerRecord<String, String> event = KafkaProbe.await("it.wego.knowledge.events", r -> id.equals(r.key())
                && "org.wego.knowledge.resource.published.v1".equals(KafkaProbe.header(r, "ce_type").orElse("")), Duration.ofSeconds(30));
        assertTrue(event.value().contains("\"title\":\"Smart parking\""), event.value());
    }

    @Test
    void typeSpecificDetailsAreRequiredAndOnlyForTheirType() {
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("type", "EVENT", "title", "Webinar", "summary", "s")).post(RESOURCES)
                .then().spec(problem(400)).body("violations[0].field", equalTo("event"));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("type", "EVENT", "title", "Webinar", "summary", "s", "event", Map.of("kind", "WEBINAR",
                        "start", "2026-12-10T15:00:00", "end", "2026-12-10T14:00:00", "timeZone", "Mars/Olympus")))
                .post(RESOURCES).then().spec(problem(400))
                .body("violations.field", hasItem("event.end")).body("violations.field", hasItem("event.timeZone"))
                .body("violations.field", hasItem("event"));
        create("secretariat", Map.of("type", "EVENT", "title", "Webinar", "summary", "s", "event", Map.of("kind", "WEBINAR",
                "start", "2026-12-10T15:00:00", "end", "2026-12-10T16:00:00", "timeZone", "Asia/Seoul",
                "onlineUrl", "https://meet.example/wego")));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("type", "PROGRAM", "title", "Study", "summary", "s")).post(RESOURCES)
                .then().spec(problem(400)).body("violations[0].field", equalTo("program"));
        // A URL a feed could not carry (here a '<') is refused on write, naming the field.
        Map<String, Object> badLink = practice("Bad link");
        badLink.put("links", List.of(Map.of("url", "https://seoul.example/<script>")));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(badLink).post(RESOURCES)
                .then().spec(problem(400)).body("violations[0].field", equalTo("links[0].url"));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("type", "REPORT", "title", "Report", "summary", "s", "partner", Map.of("organisation", "UNDESA")))
                .post(RESOURCES).then().spec(problem(400)).body("violations[0].message", containsString("only applies"));
        create("secretariat", Map.of("type", "PARTNER", "title", "UNDESA", "summary", "s", "partner",
                Map.of("organisation", "UN DESA", "mous", List.of(Map.of("signedOn", "2019-06-01", "scope", "e-government research", "status", "ACTIVE")))));
    }

    @Test
    void mongoOperatorsAndOddKeysAreRefusedNeverExecuted() {
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body("{\"type\":\"REPORT\",\"title\":{\"$gt\":\"\"},\"summary\":\"s\"}").post(RESOURCES).then().spec(problem(400));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body("{\"type\":\"REPORT\",\"title\":\"t\",\"summary\":\"s\",\"$where\":\"sleep(1000)\"}").post(RESOURCES).then().spec(problem(400));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body("{\"type\":\"REPORT\",\"title\":\"t\",\"summary\":\"s\",\"content.status\":\"PUBLISHED\"}").post(RESOURCES).then().spec(problem(400));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body("{\"type\":\"REPORT\",\"title\":\"t\",\"summary\":\"s\",\"cities\":[null],\"links\":[null]}")
                .post(RESOURCES).then().spec(problem(400));
        String id = create("secretariat", practice("Injection target"));
        given().auth().oauth2(Tokens.of("secretariat")).contentType("application/merge-patch+json")
                .body("{\"$set\":{\"status\":\"PUBLISHED\"}}").patch(RESOURCES + "/" + id).then().spec(problem(400));
        given().auth().oauth2(Tokens.of("secretariat")).contentType("application/merge-patch+json")
                .body("{\"tags\":{\"$ne\":null}}").patch(RESOURCES + "/" + id).then().spec(problem(400));
        given().auth().oauth2(Tokens.of("secretariat")).get(RESOURCES + "/" + id).then().body("status", equalTo("DRAFT"));
        given().queryParam("type", "{\"$gt\":\"\"}").get(RESOURCES).then().spec(problem(400));
        given().queryParam("city", "{\"$ne\":null}").get(RESOURCES).then().statusCode(200).body("total", equalTo(0));
        given().urlEncodingEnabled(false).get(RESOURCES + "/%7B%22%24gt%22%3A%22%22%7D").then().spec(problem(404));
    }

    @Test
    void anOfficialDraftsForTheirCityAndEditorsDecide() {
        String id = create("official-seoul", practice("Seoul data hub"));
        given().auth().oauth2(Tokens.of("official-seoul")).get(RESOURCES + "/" + id).then().statusCode(200)
                .body("ownerCity", equalTo("seoul")).body("cities", contains("seoul"));
        given().auth().oauth2(Tokens.of("official-nairobi")).get(RESOURCES + "/" + id).then().spec(problem(404));
        given().auth().oauth2(Tokens.of("official-nairobi")).contentType(ContentType.JSON).body(Map.of("title", "mine"))
                .patch(RESOURCES + "/" + id).then().spec(problem(404));
        given().auth().oauth2(Tokens.of("official-seoul")).contentType(ContentType.JSON).body(Map.of("to", "IN_REVIEW"))
                .post(RESOURCES + "/" + id + "/transitions").then().statusCode(200);
        given().auth().oauth2(Tokens.of("official-seoul")).contentType(ContentType.JSON).body(Map.of("title", "edited in review"))
                .patch(RESOURCES + "/" + id).then().spec(problem(403));
        given().auth().oauth2(Tokens.of("official-seoul")).contentType(ContentType.JSON).body(Map.of("to", "PUBLISHED"))
                .post(RESOURCES + "/" + id + "/transitions").then().spec(problem(403));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(Map.of("to", "DRAFT"))
                .post(RESOURCES + "/" + id + "/transitions").then().spec(problem(400));
        move(id, "DRAFT", "please add outcomes");
        given().auth().oauth2(Tokens.of("judge1")).contentType(ContentType.JSON)
                .body(practice("judges do not write")).post(RESOURCES).then().spec(problem(403));
        given().contentType(ContentType.JSON).body(practice("anonymous")).post(RESOURCES).then().spec(problem(401));
    }

    @Test
    void publishedEditsKeepEveryVersionAndIfMatchGuardsWrites() {
        String id = published(practice("Version one"));
        given().auth().oauth2(Tokens.of("secretariat")).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("title", "Stale")).patch(RESOURCES + "/" + id).then().spec(problem(412));
        given().auth().oauth2(Tokens.of("secretariat")).contentType("application/merge-patch+json").header("If-Match", "one")
                .body(Map.of("title", "Bad tag")).patch(RESOURCES + "/" + id).then().spec(problem(400));
        given().auth().oauth2(Tokens.of("secretariat")).contentType("application/merge-patch+json")
                .body(Map.of("title", "Unconditional")).patch(RESOURCES + "/" + id).then().spec(problem(428));
        given().auth().oauth2(Tokens.of("secretariat")).contentType("application/merge-patch+json")
                .header("If-Match", "\"v2-draft\"").body(Map.of("title", "Not our tag"))
                .patch(RESOURCES + "/" + id).then().spec(problem(412));
        String etag = given().get(RESOURCES + "/" + id).then().body("title", equalTo("Version one"))
                .extract().header("ETag");
        given().auth().oauth2(Tokens.of("secretariat")).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("title", "Version two", "tags", List.of("open data"))).patch(RESOURCES + "/" + id)
                .then().statusCode(200).body("title", equalTo("Version two")).body("publishedVersions", equalTo(2));
        given().get(RESOURCES + "/" + id + "/versions").then().statusCode(200)
                .body("number", contains(2, 1)).body("content.title", contains("Version two", "Version one"));
        given().auth().oauth2(Tokens.of("secretariat")).delete(RESOURCES + "/" + id).then().spec(problem(409));
        move(id, "ARCHIVED", null);
        given().get(RESOURCES + "/" + id).then().spec(problem(404));

        String draft = create("secretariat", practice("Short-lived"));
        given().auth().oauth2(Tokens.of("secretariat")).delete(RESOURCES + "/" + draft).then().statusCode(204);
        given().auth().oauth2(Tokens.of("secretariat")).get(RESOURCES + "/" + draft).then().spec(problem(404));
        KafkaProbe.await("it.wego.knowledge.events", r -> draft.equals(r.key())
                && "org.wego.knowledge.resource.deleted.v1".equals(KafkaProbe.header(r, "ce_type").orElse("")), Duration.ofSeconds(30));
    }

    @Test
    void anAnnouncedWinnerBecomesOneGoodPracticeDraft() {
        UUID edition = UUID.randomUUID();
        UUID entry = UUID.randomUUID();
        String payload = "{\"editionId\":\"" + edition + "\",\"year\":2026,\"edition\":\"WeGO Awards 2026\","
                + "\"announcedAt\":\"2026-10-01T09:00:00Z\",\"winners\":[{\"entryId\":\"" + entry + "\",\"category\":\"SERVICES\","
                + "\"place\":1,\"city\":\"seoul\",\"cityName\":\"Seoul\",\"country\":\"KR\",\"region\":\"ASIA\","
                + "\"title\":\"Seoul one-stop portal\",\"summary\":\"All services in one place\",\"description\":\"How\","
                + "\"outcomes\":\"Faster permits\",\"links\":[\"https://seoul.example/portal\"]}]}";
        for (int i = 0; i < 2; i++) {
            KafkaProbe.send("it.wego.awards.events", edition.toString(), KafkaProbe.cloudEvent(UUID.randomUUID().toString(),
                    "org.wego.awards.winners.announced.v1", "editions/" + edition), payload);
        }
        String id = UUID.nameUUIDFromBytes(("award-entry:" + entry).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("secretariat")).get(RESOURCES + "/" + id).then().statusCode(200)
                        .body("status", equalTo("DRAFT")).body("type", equalTo("GOOD_PRACTICE"))
                        .body("provenance.source", equalTo("AWARD_ENTRY")).body("provenance.awardEntry", equalTo(entry.toString()))
                        .body("themes", contains("SERVICES")).body("body", containsString("Faster permits")));
        // Both deliveries processed (a later event on the same partition shows up after them): still revision 1.
        KafkaProbe.await("it.wego.knowledge.events", r -> id.equals(r.key()), Duration.ofSeconds(30));
        given().auth().oauth2(Tokens.of("secretariat")).get(RESOURCES + "?city=seoul&type=GOOD_PRACTICE&size=100")
                .then().body("items.findAll { it.provenance?.awardEntry == '" + entry + "' }.size()", equalTo(1));
    }

    @Test
    void aResourcesCitiesMustBeMemberCitiesTheDirectoryKnows() {
        String member = "coimbra-" + UUID.randomUUID().toString().substring(0, 8);
        String typo = "coimbar-" + UUID.randomUUID().toString().substring(0, 8);
        DirectoryResourceTest.admit(UUID.randomUUID().toString(), member, "Coimbra", "PT");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/knowledge/directory/" + member).then().statusCode(200));

        Map<String, Object> withTypo = practice("Coimbra open data " + typo);
        withTypo.put("cities", List.of(member, typo));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(withTypo).post(RESOURCES)
                .then().spec(problem(422)).body("type", containsString("unknown-city"))
                .body("detail", containsString(typo)).body("detail", not(containsString(member)));

        Map<String, Object> good = practice("Coimbra open data");
        good.put("cities", List.of(member));
        String id = create("secretariat", good);
        // An official's own city comes from the token and is not looked up; what they type is.
        Map<String, Object> officials = practice("Seoul and a typo");
        officials.put("cities", List.of(typo));
        given().auth().oauth2(Tokens.of("official-seoul")).contentType(ContentType.JSON).body(officials).post(RESOURCES)
                .then().spec(problem(422));
        create("official-seoul", practice("Seoul alone " + typo));

        given().auth().oauth2(Tokens.of("secretariat")).contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body(Map.of("cities", List.of(member, typo))).patch(RESOURCES + "/" + id).then().spec(problem(422));
        given().auth().oauth2(Tokens.of("secretariat")).get(RESOURCES + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("cities", contains(member));
    }
}
