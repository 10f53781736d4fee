package org.wego.awards.api;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Builds awards situations through the service's own API, with member cities fed by real membership events on
 * Kafka. Every edition gets a unique title, so tests never meet each other's (or earlier runs') data.
 */
final class AwardsFixture {

    static final String MEMBERSHIP_TOPIC = "it.wego.membership.events";
    static final String AWARDS_TOPIC = "it.wego.awards.events";
    static final String EDITIONS = "/api/v1/awards/editions";
    static final String ENTRIES = "/api/v1/awards/entries";
    private static final Set<String> READY = new HashSet<>();

    private AwardsFixture() {
    }

    static String token(String user) {
        return Tokens.of(user);
    }

    /** Admits a city through a membership event (fresh id) and waits until the awards-service knows it. */
    static void admit(String code, String name, String country) {
        KafkaProbe.send(MEMBERSHIP_TOPIC, code, KafkaProbe.cloudEvent(UUID.randomUUID().toString(),
                "org.wego.membership.member.admitted.v1", "members/" + code),
                "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"country\":\"" + country
                        + "\",\"region\":\"ASIA\",\"type\":\"FULL\",\"joinedOn\":\"2010-01-01\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token("secretariat"))
                .get("/api/v1/awards/cities/" + code).then().statusCode(200).body("name", equalTo(name)));
    }

    /** Sends a dated status change for a city and waits until it is applied. */
    static void statusChange(String code, String status, boolean goodStanding, LocalDate effective) {
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.send(MEMBERSHIP_TOPIC, code, KafkaProbe.cloudEvent(eventId,
                "org.wego.membership.member.status-changed.v1", "members/" + code),
                "{\"code\":\"" + code + "\",\"status\":\"" + status + "\",\"previousStatus\":\"ACTIVE\","
                        + "\"effectiveDate\":\"" + effective + "\",\"reason\":\"test\",\"goodStanding\":" + goodStanding + "}");
    }

    /** The demo officials' cities (seoul, nairobi, madrid) plus a few more, admitted once per test JVM. */
    static synchronized void cities() {
        if (READY.add("base")) {
            admit("seoul", "Seoul", "KR");
            admit("nairobi", "Nairobi", "KE");
            admit("madrid", "Madrid", "ES");
            admit("lima", "Lima", "PE");
            admit("busan", "Busan", "KR");
            admit("quito", "Quito", "EC");
            // the home cities of the demo judges (their Keycloak accounts), so each can sit on a jury
            admit("ulaanbaatar", "Ulaanbaatar", "MN");
            admit("mexico-city", "Mexico City", "MX");
            admit("addis-ababa", "Addis Ababa", "ET");
        }
    }

    /** An OPEN edition with a deadline an hour ahead; {@code extra} overrides or adds settings. */
    static String edition(Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("year", 2030,
                "title", "WeGO Awards test " + UUID.randomUUID(),
                "submissionDeadline", Instant.now().plusSeconds(3600).toString()));
        body.putAll(extra);
        return given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(body)
                .post(EDITIONS).then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> content(String city, String category) {
        return Map.of("city", city, "category", category, "title", city + " " + category + " practice",
                "summary", "What " + city + " did", "description", "How it works in " + city,
                "outcomes", "What changed for residents", "links", List.of("https://" + city + ".example/practice"));
    }

    /** A complete draft by {@code user} for {@code city} in {@code category}; returns the entry id. */
    static String draft(String edition, String user, String city, String category) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON).body(content(city, category))
                .post(EDITIONS + "/" + edition + "/entries").then().statusCode(201).extract().path("id");
    }

    static String submitted(String edition, String city, String category) {
        String id = draft(edition, "secretariat", city, category);
        given().auth().oauth2(token("secretariat")).post(ENTRIES + "/" + id + "/submit").then().statusCode(200);
        return id;
    }

    static ValidatableResponse advance(String edition, String to, String user) {
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON).body(Map.of("to", to))
                .post(EDITIONS + "/" + edition + "/phase").then();
    }

    /** Closes submissions now and moves to SCREENING. */
    static void closeSubmissions(String edition) {
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("submissionDeadline", Instant.now().minusSeconds(1).toString()))
                .header("If-Match", "*").patch(EDITIONS + "/" + edition).then().statusCode(200);
        advance(edition, "SCREENING", "secretariat").statusCode(200);
    }

    static void screen(String entry, String result) {
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("result", result, "reason", "checked against the rules"))
                .put(ENTRIES + "/" + entry + "/screening").then().statusCode(200);
    }

    /** Adds a judge; {@code city} and {@code country} are what the test expects Keycloak to hold (checked by the service). */
    static void judge(String edition, String username, String city, String country, List<String> categories) {
        cities();
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("username", username, "name", "Judge " + username, "city", city, "country", country,
                        "categories", categories))
                .post(EDITIONS + "/" + edition + "/judges").then().statusCode(201);
    }

    /** The six demo judges (judge1 Seoul KR, judge2 Nairobi KE, judge3 Madrid ES, judge4 MN, judge5 MX, judge6 ET). */
    static void demoJury(String edition) {
        judge(edition, "judge1", "seoul", "KR", List.of());
        judge(edition, "judge2", "nairobi", "KE", List.of());
        judge(edition, "judge3", "madrid", "ES", List.of());
        judge(edition, "judge4", "ulaanbaatar", "MN", List.of());
        judge(edition, "judge5", "mexico-city", "MX", List.of());
        judge(edition, "judge6", "addis-ababa", "ET", List.of());
    }

    /** A complete review with the same score on every default criterion. */
    static Map<String, Object> review(int score) {
        Map<String, Object> scores = new java.util.LinkedHashMap<>();
        for (String c : List.of("IMPACT", "INNOVATION", "CITIZEN_CENTRICITY", "SUSTAINABILITY", "TRANSFERABILITY")) {
            scores.put(c, Map.of("score", score, "comment", "scored " + score));
        }
        return Map.of("scores", scores);
    }

    static ValidatableResponse putReview(String entry, String judge, Map<String, Object> review) {
        return given().auth().oauth2(token(judge)).contentType(ContentType.JSON).body(review)
                .put(ENTRIES + "/" + entry + "/reviews").then();
    }
}
