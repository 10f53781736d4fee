package org.wego.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KeycloakAdmin;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.wego.e2e.Journeys.eventually;

/**
 * Journey 1 — a city joins: anonymous application, secretariat review, admin approval, member ACTIVE; the awards,
 * CeDS and knowledge services learn of it from member.admitted alone; the city's official (a Keycloak user the
 * secretariat creates for it, here through the admin API) acts for that city and for no other.
 */
class CityJoinsJourneyTest {

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
    }

    @Test
    void aCityAppliesIsAdmittedAndItsOfficialActsForItAcrossTheStack() {
        long started = System.nanoTime();
        String code = Journeys.unique("join");
        String application = given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Joinville", "country", "BR", "region", "AMERICAS", "type", "FULL",
                        "population", 600_000, "website", "https://joinville.example", "contactName", "Ana Souza",
                        "contactEmail", "ana@joinville.example", "motivation", "Share our digital services"))
                .post("/api/v1/membership/applications").then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).extract().path("id");
        // The applicant cannot read applications; the secretariat reviews, the admin decides.
        given().get("/api/v1/membership/applications/" + application).then().statusCode(401);
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("action", "RECOMMEND", "comment", "Meets the criteria"))
                .post("/api/v1/membership/applications/" + application + "/reviews").then().statusCode(200)
                .body("status", equalTo("RECOMMENDED"));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE")).post("/api/v1/membership/applications/" + application + "/decision")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVE", "reason", "Executive Committee", "joinedOn", LocalDate.now().toString()))
                .post("/api/v1/membership/applications/" + application + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("memberCode", equalTo(code));
        given().auth().oauth2(Tokens.of("admin")).get("/api/v1/membership/members/" + code)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));

        // The secretariat gives the city its official in Keycloak (docs/security.md); tokens then carry city=<code>.
        KeycloakAdmin.ensureCityOfficial("official-" + code, code, "BR");
        String official = KeycloakAdmin.tokenVia("wego-frontend", "official-" + code);

        // The knowledge directory lists it, from the event.
        eventually(() -> given().get("/api/v1/knowledge/directory/" + code).then().extract(), r -> r.statusCode() == 200);
        // The awards-service accepts the official's entry for their city.
        String edition = given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("year", 2032, "title", "Journey 1 " + code, "submissionDeadline",
                        Instant.now().plusSeconds(3600).toString()))
                .post("/api/v1/awards/editions").then().statusCode(201).extract().path("id");
        Map<String, Object> entry = Map.of("city", code, "category", "SERVICES", "title", "Joinville one-stop shop",
                "summary", "s", "description", "d", "outcomes", "o");
        eventually(() -> given().auth().oauth2(official).contentType(ContentType.JSON).body(entry)
                .post("/api/v1/awards/editions/" + edition + "/entries").then().extract(), r -> r.statusCode() == 201);
        // The ceds-service accepts the official's assessment of their city.
        Map<String, Object> assessment = Map.of("city", code, "framework", "LOSI", "version", "2022", "year", 2026);
        eventually(() -> given().auth().oauth2(official).contentType(ContentType.JSON).body(assessment)
                .post("/api/v1/ceds/assessments").then().extract(), r -> r.statusCode() == 201);

        // ... and for no other city, in any service.
        given().auth().oauth2(official).contentType(ContentType.JSON)
                .body(Map.of("city", "seoul", "category", "SERVICES", "title", "Not our city", "summary", "s", "description", "d",
                        "outcomes", "o"))
                .post("/api/v1/awards/editions/" + edition + "/entries").then().statusCode(403);
        given().auth().oauth2(official).contentType(ContentType.JSON)
                .body(Map.of("city", "seoul", "framework", "LOSI", "version", "2022", "year", 2026))
                .post("/api/v1/ceds/assessments").then().statusCode(403);
        given().auth().oauth2(official).get("/api/v1/membership/members/seoul/dues").then().statusCode(403);
        given().auth().oauth2(official).get("/api/v1/membership/members/" + code + "/dues").then().statusCode(200);
        Journeys.report("1 (a city joins)", started);
    }
}
