package org.wego.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KeycloakAdmin;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.wego.e2e.Journeys.eventually;
import static org.wego.e2e.Journeys.phase;

/**
 * Journey 2 — a WeGO Awards cycle: an edition, entries from three cities in two categories, screening, automatic
 * assignment with conflicts excluded (a judge from city A never sees A's entry, not even in the ranking), reviews,
 * the normalised ranking under the declared tie-breaks, winners confirmed, ANNOUNCED; each winner becomes a
 * good-practice draft in the knowledge-service (winners.announced over Kafka), an editor publishes it, and search,
 * the DCAT catalogue and the CKAN API find it.
 */
class AwardsCycleJourneyTest {

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
    }

    @Test
    void entriesAreJudgedWithoutConflictsAndTheWinnersBecomeSharedKnowledge() {
        long started = System.nanoTime();
        String admin = Tokens.of("admin");
        String secretariat = Tokens.of("secretariat");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String a = "aw-a-" + suffix;
        String b = "aw-b-" + suffix;
        String c = "aw-c-" + suffix;
        Journeys.admit(secretariat, a, "Alpha City", "KR", "ASIA");
        Journeys.admit(secretariat, b, "Beta City", "PE", "AMERICAS");
        Journeys.admit(secretariat, c, "Gamma City", "KE", "AFRICA");
        // Judges are Keycloak accounts whose home city is a member: one from Alpha, two from cities with no entry.
        String d = "aw-d-" + suffix;
        String e = "aw-e-" + suffix;
        Journeys.admit(secretariat, d, "Delta City", "MN", "ASIA");
        Journeys.admit(secretariat, e, "Epsilon City", "FR", "EUROPE");
        String judgeA = "judge-" + suffix + "-a";
        String judgeD = "judge-" + suffix + "-d";
        String judgeE = "judge-" + suffix + "-e";
        KeycloakAdmin.ensureUser(judgeA, "judge", a, "KR");
        KeycloakAdmin.ensureUser(judgeD, "judge", d, "MN");
        KeycloakAdmin.ensureUser(judgeE, "judge", e, "FR");
        String edition = given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(Map.of("year", 2033, "title", "Journey 2 " + suffix, "reviewersPerEntry", 2, "winnersPerCategory", 1,
                        "tieBreaks", List.of("NORMALISED_MEAN", "MEDIAN", "TOP_PLACEMENTS"),
                        "submissionDeadline", Instant.now().plusSeconds(3600).toString()))
                .post("/api/v1/awards/editions").then().statusCode(201).extract().path("id");

        // Entries: the score each will get, so the expected winners follow from the test's own numbers.
        Map<String, Integer> score = new LinkedHashMap<>();
        String aServices = enter(secretariat, edition, a, "SERVICES", "Alpha permit portal " + suffix);
        String bServices = enter(secretariat, edition, b, "SERVICES", "Beta tax e-filing " + suffix);
        String cServices = enter(secretariat, edition, c, "SERVICES", "Gamma health booking " + suffix);
        String bOpen = enter(secretariat, edition, b, "OPEN_CITY", "Beta open budget " + suffix);
        String cOpen = enter(secretariat, edition, c, "OPEN_CITY", "Gamma participatory map " + suffix);
        score.put(aServices, 9);
        score.put(bServices, 7);
        score.put(cServices, 5);
        score.put(bOpen, 6);
        score.put(cOpen, 8);

        String read = given().auth().oauth2(secretariat).get("/api/v1/awards/editions/" + edition)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).header("If-Match", read)
                .body(Map.of("submissionDeadline", Instant.now().minusSeconds(1).toString()))
                .patch("/api/v1/awards/editions/" + edition).then().statusCode(200);
        phase(secretariat, edition, "SCREENING");
        for (String entry : score.keySet()) {
            given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(Map.of("result", "PASSED", "reason", "eligible"))
                    .put("/api/v1/awards/entries/" + entry + "/screening").then().statusCode(200);
        }
        // The secretariat names only the account: home city and country come from Keycloak.
        judge(secretariat, edition, judgeA);
        judge(secretariat, edition, judgeD);
        judge(secretariat, edition, judgeE);
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(Map.of("mode", "AUTO"))
                .post("/api/v1/awards/editions/" + edition + "/assignments").then().statusCode(200)
                .body("assigned", equalTo(10));
        phase(secretariat, edition, "JUDGING");

        // judgeA comes from Alpha: Alpha's entry is neither assigned nor visible to them.
        String alphaJudge = Tokens.of(judgeA);
        List<String> mine = given().auth().oauth2(alphaJudge).get("/api/v1/awards/editions/" + edition + "/assignments")
                .then().statusCode(200).extract().path("entryId");
        assertFalse(mine.contains(aServices), "a judge from Alpha is not assigned Alpha's entry");
        given().auth().oauth2(alphaJudge).get("/api/v1/awards/entries/" + aServices).then().statusCode(404);

        for (String judge : List.of(judgeA, judgeD, judgeE)) {
            String token = Tokens.of(judge);
            List<String> assigned = given().auth().oauth2(token).get("/api/v1/awards/editions/" + edition + "/assignments")
                    .then().statusCode(200).extract().path("entryId");
            for (String entry : assigned) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(Journeys.scores(score.get(entry)))
                        .put("/api/v1/awards/entries/" + entry + "/reviews").then().statusCode(200);
            }
        }
        phase(secretariat, edition, "DELIBERATION");
        given().auth().oauth2(secretariat).get("/api/v1/awards/editions/" + edition + "/categories/SERVICES/ranking")
                .then().statusCode(200)
                .body("normalised", equalTo(true))
                .body("rankedBy", equalTo(List.of("NORMALISED_MEAN", "MEDIAN", "TOP_PLACEMENTS")))
                .body("entries.entryId", equalTo(List.of(aServices, bServices, cServices)))
                .body("entries.rank", equalTo(List.of(1, 2, 3)));
        given().auth().oauth2(alphaJudge).get("/api/v1/awards/editions/" + edition + "/categories/SERVICES/ranking")
                .then().statusCode(200)
                .body("entries.entryId", not(hasItem(aServices)))
                .body("entries.entryId", containsInAnyOrder(bServices, cServices));

        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("winners", Map.of()))
                .post("/api/v1/awards/editions/" + edition + "/results").then().statusCode(200);
        phase(admin, edition, "ANNOUNCED");
        List<String> winners = given().get("/api/v1/awards/editions/" + edition + "/results").then().statusCode(200)
                .extract().path("winners.entryId");
        assertEquals(List.of(aServices, cOpen).stream().sorted().toList(), winners.stream().sorted().toList(),
                "the top entry of each category wins");

        // Each winner is a good-practice draft in the knowledge-service; the editor publishes it.
        String partner = Tokens.ofClient("undesa-feed", "undesa-feed-secret");
        for (String winner : winners) {
            String practice = UUID.nameUUIDFromBytes(("award-entry:" + winner).getBytes(StandardCharsets.UTF_8)).toString();
            eventually(() -> given().auth().oauth2(secretariat).get("/api/v1/knowledge/resources/" + practice).then().extract(),
                    r -> r.statusCode() == 200);
            given().auth().oauth2(secretariat).get("/api/v1/knowledge/resources/" + practice).then()
                    .body("status", equalTo("DRAFT")).body("provenance.awardEntry", equalTo(winner));
            for (String to : List.of("IN_REVIEW", "PUBLISHED")) {
                given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(Map.of("to", to))
                        .post("/api/v1/knowledge/resources/" + practice + "/transitions").then().statusCode(200);
            }
            // the feeds read the catalogue index, which the resource's event updates a moment after the transition
            eventually(() -> given().auth().oauth2(partner).accept("text/turtle").queryParam("size", 1000)
                    .get("/api/v1/knowledge/catalog").then().extract(),
                    r -> r.statusCode() == 200 && r.asString().contains(practice));
            eventually(() -> given().auth().oauth2(partner).queryParam("id", practice)
                    .get("/api/v1/knowledge/ckan/api/3/action/package_show").then().extract(),
                    r -> r.statusCode() == 200 && Boolean.TRUE.equals(r.path("success")));
        }
        given().queryParam("q", "\"permit portal\" " + suffix).get("/api/v1/knowledge/search").then().statusCode(200)
                .body("results[0].title", equalTo("Alpha permit portal " + suffix));
        Journeys.report("2 (WeGO Awards cycle)", started);
    }

    private static String enter(String token, String edition, String city, String category, String title) {
        Map<String, Object> content = Map.of("city", city, "category", category, "title", title,
                "summary", title + ": what it changed", "description", "How it works", "outcomes", "Measured outcomes",
                "links", List.of("https://" + city + ".example/" + category.toLowerCase()));
        String id = eventually(() -> given().auth().oauth2(token).contentType(ContentType.JSON).body(content)
                .post("/api/v1/awards/editions/" + edition + "/entries").then().extract(), r -> r.statusCode() == 201)
                .path("id");
        given().auth().oauth2(token).post("/api/v1/awards/entries/" + id + "/submit").then().statusCode(200);
        return id;
    }

    /** Retried while the awards-service has not yet heard of the judge's home city (422). */
    private static void judge(String token, String edition, String username) {
        eventually(() -> given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("username", username))
                .post("/api/v1/awards/editions/" + edition + "/judges").then().extract(), r -> r.statusCode() == 201);
    }
}
