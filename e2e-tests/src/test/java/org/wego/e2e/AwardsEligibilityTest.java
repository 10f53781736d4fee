package org.wego.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Awards eligibility follows membership through events only: a city admitted in the membership-service can enter
 * the WeGO Awards; once suspended it cannot; reinstated, it can again. Everything goes through the gateway.
 */
class AwardsEligibilityTest {

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
    }

    @Test
    void anAdmittedCityEntersASuspendedOneCannot() {
        String admin = Tokens.of("admin");
        String secretariat = Tokens.of("secretariat");
        String code = "enter-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Entry City", "country", "PE", "region", "AMERICAS", "type", "FULL",
                        "joinedOn", "2015-05-01", "foundingMember", false))
                .post("/api/v1/membership/members").then().statusCode(201);
        String edition = given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(Map.of("year", 2030, "title", "E2E awards " + UUID.randomUUID(),
                        "submissionDeadline", Instant.now().plusSeconds(3600).toString()))
                .post("/api/v1/awards/editions").then().statusCode(201).extract().path("id");
        // Public through the gateway: the list of editions and (once announced) results; the service answers 404 here.
        given().get("/api/v1/awards/editions").then().statusCode(200);
        given().get("/api/v1/awards/editions/" + edition + "/results").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/awards/editions/" + edition + "/entries").then().statusCode(401);
        Map<String, Object> entry = Map.of("city", code, "category", "SERVICES", "title", "Digital one-stop shop",
                "summary", "s", "description", "d", "outcomes", "o", "links", List.of("https://entry.example"));

        String services = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(entry)
                        .post("/api/v1/awards/editions/" + edition + "/entries").then().extract(),
                r -> r.statusCode() == 201).path("id");

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("status", "SUSPENDED", "effectiveDate", LocalDate.now().toString(), "reason", "dues arrears"))
                .post("/api/v1/membership/members/" + code + "/status-changes").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(secretariat).post("/api/v1/awards/entries/" + services + "/submit")
                        .then().statusCode(422).contentType("application/problem+json")
                        .body("detail", containsString("not a member in good standing")));

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE", "effectiveDate", LocalDate.now().toString(), "reason", "dues paid"))
                .post("/api/v1/membership/members/" + code + "/status-changes").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(secretariat).post("/api/v1/awards/entries/" + services + "/submit")
                        .then().statusCode(200).body("status", equalTo("SUBMITTED")));
    }
}
