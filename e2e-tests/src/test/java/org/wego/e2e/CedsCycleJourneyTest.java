package org.wego.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KeycloakAdmin;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;
import static org.wego.e2e.Journeys.eventually;

/**
 * Journey 3 — CeDS: a city's official starts the LOSI-style assessment, saves partial answers, submits, reads score,
 * level and development plan, publishes; a second assessment a year later shows progress; the ranking and the SDMX
 * feed show both years; another city's official cannot see the draft.
 */
class CedsCycleJourneyTest {

    private static final String ASSESSMENTS = "/api/v1/ceds/assessments";

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
    }

    @Test
    void anOfficialDiagnosesTheirCityFollowsThePlanAndTheFeedsShowIt() {
        long started = System.nanoTime();
        String city = Journeys.unique("ceds");
        Journeys.admit(Tokens.of("secretariat"), city, "Diagnostic City", "KR", "ASIA");
        KeycloakAdmin.ensureCityOfficial("official-" + city, city, "KR");
        String official = KeycloakAdmin.tokenVia("wego-frontend", "official-" + city);
        int year = 2040 + (int) (Math.abs(System.nanoTime()) % 40);

        String first = eventually(() -> given().auth().oauth2(official).contentType(ContentType.JSON)
                .body(Map.of("city", city, "framework", "LOSI", "version", "2022", "year", year))
                .post(ASSESSMENTS).then().extract(), r -> r.statusCode() == 201).path("id");
        // Partial answers are saved as they come; the draft is the city's own.
        answer(official, first, Journeys.losi(Journeys.losiCodes().subList(0, 40), 40));
        given().auth().oauth2(official).get(ASSESSMENTS + "/" + first).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("answered", equalTo(40)).body("total", equalTo(86));
        given().auth().oauth2(Tokens.of("official-nairobi")).get(ASSESSMENTS + "/" + first)
                .then().statusCode(oneOf(403, 404));
        answer(official, first, Journeys.losi(Journeys.losiCodes().subList(40, 86), 20));
        // 60 of 86 equally weighted binary indicators.
        given().auth().oauth2(official).post(ASSESSMENTS + "/" + first + "/submit").then().statusCode(200)
                .body("result.score", equalTo(ratio(60, 86).floatValue()))
                .body("result.level", equalTo("HIGH"));
        given().auth().oauth2(official).get(ASSESSMENTS + "/" + first + "/plan").then().statusCode(200)
                .body("nextBand.level", equalTo("VERY_HIGH"));
        given().auth().oauth2(official).post(ASSESSMENTS + "/" + first + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        // A year later: 80 of 86.
        String second = given().auth().oauth2(official).contentType(ContentType.JSON)
                .body(Map.of("city", city, "framework", "LOSI", "version", "2022", "year", year + 1))
                .post(ASSESSMENTS).then().statusCode(201).extract().path("id");
        answer(official, second, Journeys.losi(Journeys.losiCodes(), 80));
        given().auth().oauth2(official).post(ASSESSMENTS + "/" + second + "/submit").then().statusCode(200)
                .body("result.level", equalTo("VERY_HIGH"));
        given().auth().oauth2(official).get(ASSESSMENTS + "/" + second + "/plan").then().statusCode(200)
                .body("progress.previousYear", equalTo(year))
                .body("progress.scoreDelta", equalTo(ratio(80, 86).subtract(ratio(60, 86)).floatValue()));
        given().auth().oauth2(official).post(ASSESSMENTS + "/" + second + "/publish").then().statusCode(200);

        String partner = Tokens.ofClient("undesa-feed", "undesa-feed-secret");
        given().auth().oauth2(partner).queryParam("year", year + 1).get("/api/v1/ceds/frameworks/LOSI/2022/ranking")
                .then().statusCode(200).body("city", hasItem(city));
        // SDMX: REF_AREA 410 (Republic of Korea, UN M49), both years' scores.
        given().auth().oauth2(partner).accept("application/vnd.sdmx.data+csv;version=1.0.0")
                .queryParam("startPeriod", year).queryParam("endPeriod", year + 1)
                .get("/api/v1/ceds/sdmx/data/WEGO,CEDS_LOSI,2022/410." + city + ".SCORE")
                .then().statusCode(200)
                .body(containsString("410," + city + ",SCORE," + year + "," + ratio(60, 86) + ",HIGH"),
                        containsString("410," + city + ",SCORE," + (year + 1) + "," + ratio(80, 86) + ",VERY_HIGH"));
        Journeys.report("3 (CeDS cycle)", started);
    }

    private static void answer(String token, String id, Map<String, Object> answers) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("answers", answers))
                .put(ASSESSMENTS + "/" + id + "/answers").then().statusCode(200);
    }

    private static BigDecimal ratio(int yes, int of) {
        return BigDecimal.valueOf(yes).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP);
    }
}
