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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Journey 5 — suspension ripples: a member whose dues fall past grace lapses by itself; it can no longer submit its
 * awards entry (the awards-service learns it from member.standing-changed, not by asking); suspended, it is not on
 * the General Assembly's roll; once it pays and is reinstated, both work again.
 */
class SuspensionRipplesJourneyTest {

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
    }

    @Test
    void arrearsSuspendEntriesAndVotesAndPaymentRestoresBoth() {
        long started = System.nanoTime();
        String admin = Tokens.of("admin");
        String secretariat = Tokens.of("secretariat");
        String city = Journeys.unique("dues");
        LocalDate today = LocalDate.now();
        Journeys.admit(secretariat, city, "Arrears City", "PH", "ASIA");
        KeycloakAdmin.ensureCityOfficial("official-" + city, city, "PH");
        String official = KeycloakAdmin.tokenVia("wego-frontend", "official-" + city);

        // An awards entry drafted while the city is in good standing.
        String edition = given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(Map.of("year", 2034, "title", "Journey 5 " + city, "submissionDeadline",
                        Instant.now().plusSeconds(3600).toString()))
                .post("/api/v1/awards/editions").then().statusCode(201).extract().path("id");
        String entry = Journeys.eventually(() -> given().auth().oauth2(official).contentType(ContentType.JSON)
                        .body(Map.of("city", city, "category", "SERVICES", "title", "Arrears City e-permits",
                                "summary", "s", "description", "d", "outcomes", "o",
                                "links", List.of("https://" + city + ".example/permits")))
                        .post("/api/v1/awards/editions/" + edition + "/entries").then().extract(),
                r -> r.statusCode() == 201).path("id");

        // An invoice long past due: the city is LAPSED from the day after its grace period, with nobody recording
        // it — and the awards-service learns it from member.standing-changed.
        given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(Map.of("year", 2025, "amount", 1500, "currency", "USD", "dueDate", "2025-03-31"))
                .post("/api/v1/membership/members/" + city + "/dues/invoices").then().statusCode(201);
        given().auth().oauth2(secretariat).get("/api/v1/membership/members/" + city)
                .then().statusCode(200).body("status", equalTo("LAPSED"));
        awardsSees(admin, city, false); // wait without submitting, which would race the event
        given().auth().oauth2(official).post("/api/v1/awards/entries/" + entry + "/submit")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("not a member in good standing"));

        // And suspended (from yesterday) for the unpaid dues.
        statusChange(admin, city, "SUSPENDED", today.minusDays(1), "Dues for 2025 unpaid after the grace period");
        String suspendedSession = assembly(secretariat, today.minusDays(1), today);
        given().auth().oauth2(secretariat).get("/api/v1/membership/assemblies/" + suspendedSession + "/roll")
                .then().statusCode(200).body("members", not(hasItem(city)));
        String item = item(secretariat, suspendedSession);
        given().auth().oauth2(official).contentType(ContentType.JSON).body(Map.of("choice", "YES"))
                .post("/api/v1/membership/assemblies/" + suspendedSession + "/items/" + item + "/votes")
                .then().statusCode(422).body("detail", containsString("not on the voting roll"));

        // Pays, and is reinstated from today.
        given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(Map.of("amount", 1500, "currency", "USD", "paidOn", today.toString(), "reference", "wire " + city))
                .post("/api/v1/membership/members/" + city + "/dues/invoices/2025/payments").then().statusCode(201);
        statusChange(admin, city, "ACTIVE", today, "Dues settled");
        awardsSees(admin, city, true);
        given().auth().oauth2(official).post("/api/v1/awards/entries/" + entry + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        String session = assembly(secretariat, today, today);
        given().auth().oauth2(secretariat).get("/api/v1/membership/assemblies/" + session + "/roll")
                .then().statusCode(200).body("members", hasItem(city));
        String again = item(secretariat, session);
        given().auth().oauth2(official).contentType(ContentType.JSON).body(Map.of("choice", "YES"))
                .post("/api/v1/membership/assemblies/" + session + "/items/" + again + "/votes")
                .then().statusCode(201).body("member", equalTo(city));
        Journeys.report("5 (suspension ripples)", started);
    }

    /** The awards-service holds the city in (or out of) good standing today, as the membership-service does. */
    private static void awardsSees(String token, String city, boolean goodStanding) {
        Journeys.eventually(() -> given().auth().oauth2(token).get("/api/v1/awards/cities/" + city + "/standing")
                        .then().extract(),
                r -> r.statusCode() == 200 && Boolean.valueOf(goodStanding).equals(r.path("goodStanding")));
    }

    private static void statusChange(String token, String city, String status, LocalDate from, String reason) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("status", status, "effectiveDate", from.toString(), "reason", reason))
                .post("/api/v1/membership/members/" + city + "/status-changes").then().statusCode(201);
    }

    /** A session from {@code cutoff} to tomorrow whose roll is fixed from standing on {@code cutoff}. */
    private static String assembly(String token, LocalDate cutoff, LocalDate today) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Extraordinary General Assembly", "place", "Online",
                "startsOn", cutoff.toString(), "endsOn", today.plusDays(1).toString(),
                "rollCutoff", cutoff.toString()));
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/membership/assemblies").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).post("/api/v1/membership/assemblies/" + id + "/roll").then().statusCode(200);
        return id;
    }

    private static String item(String token, String assembly) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("number", 1, "title", "Adopt the work plan", "majority", "SIMPLE"))
                .post("/api/v1/membership/assemblies/" + assembly + "/items").then().statusCode(201).extract().path("id");
    }
}
