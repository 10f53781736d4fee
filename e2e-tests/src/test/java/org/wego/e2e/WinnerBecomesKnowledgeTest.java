package org.wego.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * An awards cycle through the gateway ends as shared knowledge: the winner's entry becomes a good-practice draft in
 * the knowledge-service (winners.announced over Kafka), an editor publishes it, and search, the DCAT catalogue and
 * the CKAN API find it.
 */
class WinnerBecomesKnowledgeTest {

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
    }

    @Test
    void anAnnouncedWinnerIsPublishedAndFoundInTheFeeds() {
        String admin = Tokens.of("admin");
        String secretariat = Tokens.of("secretariat");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String city = "win-" + suffix;
        given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(Map.of("code", city, "name", "Winnerville", "country", "PE", "region", "AMERICAS", "type", "FULL",
                        "joinedOn", "2012-05-01", "foundingMember", false))
                .post("/api/v1/membership/members").then().statusCode(201);
        String edition = given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(Map.of("year", 2030, "title", "E2E winners " + suffix, "reviewersPerEntry", 1,
                        "submissionDeadline", Instant.now().plusSeconds(3600).toString()))
                .post("/api/v1/awards/editions").then().statusCode(201).extract().path("id");
        String title = "Winnerville participatory budget " + suffix;
        Map<String, Object> content = Map.of("city", city, "category", "OPEN_CITY", "title", title,
                "summary", "Residents decide 10% of the budget online", "description", "Platform and process",
                "outcomes", "40,000 residents voted", "links", List.of("https://winnerville.example/budget"));
        String entry = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(content)
                        .post("/api/v1/awards/editions/" + edition + "/entries").then().extract(), r -> r.statusCode() == 201).path("id");
        given().auth().oauth2(secretariat).post("/api/v1/awards/entries/" + entry + "/submit").then().statusCode(200);
        given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(Map.of("submissionDeadline", Instant.now().minusSeconds(1).toString()))
                .patch("/api/v1/awards/editions/" + edition).then().statusCode(200);
        phase(secretariat, edition, "SCREENING");
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(Map.of("result", "PASSED", "reason", "eligible"))
                .put("/api/v1/awards/entries/" + entry + "/screening").then().statusCode(200);
        given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(Map.of("username", "judge4", "name", "Judge Four", "city", "ulaanbaatar", "country", "MN"))
                .post("/api/v1/awards/editions/" + edition + "/judges").then().statusCode(201);
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(Map.of("mode", "AUTO"))
                .post("/api/v1/awards/editions/" + edition + "/assignments").then().statusCode(200).body("assigned", equalTo(1));
        phase(secretariat, edition, "JUDGING");
        Map<String, Object> scores = new java.util.LinkedHashMap<>();
        for (String c : List.of("IMPACT", "INNOVATION", "CITIZEN_CENTRICITY", "SUSTAINABILITY", "TRANSFERABILITY")) {
            scores.put(c, Map.of("score", 9, "comment", "strong"));
        }
        given().auth().oauth2(Tokens.of("judge4")).contentType(ContentType.JSON).body(Map.of("scores", scores))
                .put("/api/v1/awards/entries/" + entry + "/reviews").then().statusCode(200);
        phase(secretariat, edition, "DELIBERATION");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("winners", Map.of()))
                .post("/api/v1/awards/editions/" + edition + "/results").then().statusCode(200);
        phase(admin, edition, "ANNOUNCED");
        given().get("/api/v1/awards/editions/" + edition + "/results").then().statusCode(200)
                .body("winners[0].title", equalTo(title));

        String practice = UUID.nameUUIDFromBytes(("award-entry:" + entry).getBytes(StandardCharsets.UTF_8)).toString();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(secretariat).get("/api/v1/knowledge/resources/" + practice).then().statusCode(200)
                        .body("status", equalTo("DRAFT")).body("provenance.awardEntry", equalTo(entry)));
        for (String to : List.of("IN_REVIEW", "PUBLISHED")) {
            given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(Map.of("to", to))
                    .post("/api/v1/knowledge/resources/" + practice + "/transitions").then().statusCode(200);
        }
        given().queryParam("q", "\"participatory budget\" " + suffix).get("/api/v1/knowledge/search").then().statusCode(200)
                .body("results[0].id", equalTo(practice));
        String partner = Tokens.ofClient("undesa-feed", "undesa-feed-secret");
        given().auth().oauth2(partner).accept("text/turtle").queryParam("size", 1000).get("/api/v1/knowledge/catalog")
                .then().statusCode(200).body(containsString(practice));
        given().auth().oauth2(partner).queryParam("id", practice).get("/api/v1/knowledge/ckan/api/3/action/package_show")
                .then().statusCode(200).body("result.title", equalTo(title)).body("result.groups.name", hasItem("OPEN_CITY"));
    }

    private static void phase(String token, String edition, String to) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("to", to))
                .post("/api/v1/awards/editions/" + edition + "/phase").then().statusCode(200);
    }
}
