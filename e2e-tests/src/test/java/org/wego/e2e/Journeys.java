package org.wego.e2e;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Steps the journeys share: unique codes, members, awards phases, LOSI answers, waiting on another service. */
final class Journeys {

    static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private Journeys() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A member admitted by the secretariat (journey 1 shows the full application path). */
    static void admit(String token, String code, String name, String country, String region) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "country", country, "region", region, "type", "FULL",
                        "joinedOn", "2014-03-01", "foundingMember", false))
                .post("/api/v1/membership/members").then().statusCode(201);
    }

    /** Retries until another service has caught up through Kafka (a deadline, not a sleep). */
    static ExtractableResponse<Response> eventually(Callable<ExtractableResponse<Response>> call,
                                                    Predicate<ExtractableResponse<Response>> done) {
        return await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(250)).until(call, done);
    }

    static void phase(String token, String edition, String to) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("to", to))
                .post("/api/v1/awards/editions/" + edition + "/phase").then().statusCode(200);
    }

    /** A review with the same score on each of the five default criteria. */
    static Map<String, Object> scores(int score) {
        Map<String, Object> scores = new LinkedHashMap<>();
        for (String c : List.of("IMPACT", "INNOVATION", "CITIZEN_CENTRICITY", "SUSTAINABILITY", "TRANSFERABILITY")) {
            scores.put(c, Map.of("score", score, "comment", "score " + score));
        }
        return Map.of("scores", scores);
    }

    private static List<String> losi;

    /** The LOSI 2022 indicator codes in framework order, as the ceds-service publishes the framework (86 of them). */
    static synchronized List<String> losiCodes() {
        if (losi == null) {
            List<List<String>> byCriterion = given().auth().oauth2(Tokens.of("secretariat"))
                    .get(Stack.gatewayUrl() + "/api/v1/ceds/frameworks/LOSI/2022")
                    .then().statusCode(200).extract().path("criteria.indicators.code");
            losi = byCriterion.stream().flatMap(List::stream).toList();
        }
        return losi;
    }

    /**
     * A LOSI 2022 assessment of a just-admitted city, answered yes to the first {@code yes} indicators, submitted and
     * published by the secretariat; waits until the ceds-service knows the city (membership event over Kafka).
     */
    static String publishedLosi(String secretariat, String city, int year, int yes) {
        String assessment = eventually(() -> given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(Map.of("city", city, "framework", "LOSI", "version", "2022", "year", year))
                .post("/api/v1/ceds/assessments").then().extract(), r -> r.statusCode() == 201).path("id");
        given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(Map.of("answers", losi(losiCodes(), yes)))
                .put("/api/v1/ceds/assessments/" + assessment + "/answers").then().statusCode(200);
        given().auth().oauth2(secretariat).post("/api/v1/ceds/assessments/" + assessment + "/submit").then().statusCode(200);
        given().auth().oauth2(secretariat).post("/api/v1/ceds/assessments/" + assessment + "/publish").then().statusCode(200);
        return assessment;
    }

    /** Yes to the first {@code yes} indicators of {@code codes}, no to the rest. */
    static Map<String, Object> losi(List<String> codes, int yes) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            answers.put(codes.get(i), i < yes);
        }
        return answers;
    }

    /** Wall time of a journey, printed for the closing note's table. */
    static void report(String journey, long startedNanos) {
        System.out.printf("journey %s: %.1f s%n", journey, (System.nanoTime() - startedNanos) / 1e9);
    }
}
