package org.wego.awards.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KeycloakAdmin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.wego.awards.api.AwardsFixture.EDITIONS;
import static org.wego.awards.api.AwardsFixture.ENTRIES;
import static org.wego.awards.api.AwardsFixture.token;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class JudgeResourceTest {

    @BeforeEach
    void cities() {
        AwardsFixture.cities();
    }

    @Test
    void staffManageTheJuryAndItsPanels() {
        String edition = AwardsFixture.edition(Map.of());
        AwardsFixture.judge(edition, "judge2", "nairobi", "KE", List.of("SERVICES", "EFFICIENCY"));
        AwardsFixture.judge(edition, "judge5", "mexico-city", "MX", List.of());
        given().auth().oauth2(token("secretariat")).get(EDITIONS + "/" + edition + "/judges").then().statusCode(200)
                .body("username", contains("judge2", "judge5")).body("[0].categories", contains("EFFICIENCY", "SERVICES"))
                .body("[0].country", equalTo("KE"));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("username", "judge2", "name", "Again", "city", "nairobi", "country", "KE"))
                .post(EDITIONS + "/" + edition + "/judges").then().spec(problem(409));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("username", "judge6", "name", "J6", "city", "addis-ababa", "country", "Ethiopia",
                        "categories", List.of("SPACE")))
                .post(EDITIONS + "/" + edition + "/judges").then().spec(problem(400));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("username", "judge6", "name", "J6", "city", "addis-ababa", "country", "ET",
                        "categories", List.of("SPACE")))
                .post(EDITIONS + "/" + edition + "/judges").then().spec(problem(400))
                .body("violations[0].message", containsString("SPACE"));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body("{\"username\":\"judge6\",\"name\":\"J6\",\"city\":\"addis-ababa\",\"country\":\"ET\",\"categories\":[null]}")
                .post(EDITIONS + "/" + edition + "/judges").then().spec(problem(400));
        given().auth().oauth2(token("judge2")).get(EDITIONS + "/" + edition + "/judges").then().spec(problem(403));
        given().auth().oauth2(token("official-seoul")).contentType(ContentType.JSON)
                .body(Map.of("username", "judge6", "name", "J6", "city", "addis-ababa", "country", "ET"))
                .post(EDITIONS + "/" + edition + "/judges").then().spec(problem(403));

        given().auth().oauth2(token("secretariat")).delete(EDITIONS + "/" + edition + "/judges/judge5").then().statusCode(204);
        given().auth().oauth2(token("secretariat")).delete(EDITIONS + "/" + edition + "/judges/judge5").then().spec(problem(404));
        given().auth().oauth2(token("secretariat")).get(EDITIONS + "/" + edition + "/judges").then().body("username", contains("judge2"));
    }

    @Test
    void aJudgeWithAssignmentsStaysUntilTheyAreGone() {
        String edition = AwardsFixture.edition(Map.of("reviewersPerEntry", 1));
        String entry = AwardsFixture.submitted(edition, "lima", "SERVICES");
        AwardsFixture.closeSubmissions(edition);
        AwardsFixture.screen(entry, "PASSED");
        AwardsFixture.judge(edition, "judge4", "ulaanbaatar", "MN", List.of());
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("mode", "AUTO"))
                .post(EDITIONS + "/" + edition + "/assignments").then().statusCode(200).body("assigned", equalTo(1));
        given().auth().oauth2(token("secretariat")).delete(EDITIONS + "/" + edition + "/judges/judge4").then().spec(problem(409));
    }

    @Test
    void aJudgesHomeCityAndCountryComeFromTheirKeycloakAccount() {
        String edition = AwardsFixture.edition(Map.of());
        // Only the username: name, city and country are read from the account (judge1: Judge Seoul, seoul, KR).
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("username", "judge1"))
                .post(EDITIONS + "/" + edition + "/judges").then().statusCode(201)
                .body("city", equalTo("seoul")).body("country", equalTo("KR")).body("name", equalTo("Judge Seoul"));
        String seoulEntry = AwardsFixture.submitted(edition, "seoul", "SERVICES");
        given().auth().oauth2(token("secretariat")).get(ENTRIES + "/" + seoulEntry + "/conflicts").then().statusCode(200)
                .body("judge", hasItem("judge1")).body("kind", hasItem("SAME_CITY"));

        // A typo the secretariat makes is refused, not stored as a home that no conflict rule would ever match.
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("username", "judge6", "city", "adis-ababa"))
                .post(EDITIONS + "/" + edition + "/judges").then().spec(problem(422))
                .body("type", containsString("judge-identity"))
                .body("detail", containsString("Keycloak says 'addis-ababa'"));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("username", "judge6", "country", "KE"))
                .post(EDITIONS + "/" + edition + "/judges").then().spec(problem(422))
                .body("detail", containsString("Keycloak says ET"));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("username", "nobody-" + UUID.randomUUID()))
                .post(EDITIONS + "/" + edition + "/judges").then().spec(problem(422))
                .body("type", containsString("unknown-judge"));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("username", "official-seoul"))
                .post(EDITIONS + "/" + edition + "/judges").then().spec(problem(422))
                .body("detail", containsString("does not hold the realm role judge"));
        given().auth().oauth2(token("secretariat")).get(EDITIONS + "/" + edition + "/judges").then()
                .body("username", contains("judge1"));
    }

    @Test
    void anAccountWhoseHomeIsNoKnownMemberCityCannotJudge() {
        String edition = AwardsFixture.edition(Map.of());
        // The accounts are created in Keycloak the way an administrator would, with a home that does not fit.
        KeycloakAdmin.ensureUser("judge-atlantis", "judge", "atlantis", "GR");
        KeycloakAdmin.ensureUser("judge-no-home", "judge", null, null);
        KeycloakAdmin.ensureUser("judge-wrong-country", "judge", "seoul", "JP");
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("username", "judge-atlantis"))
                .post(EDITIONS + "/" + edition + "/judges").then().spec(problem(422))
                .body("detail", containsString("'atlantis' of 'judge-atlantis' in Keycloak is not a member city"));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("username", "judge-no-home"))
                .post(EDITIONS + "/" + edition + "/judges").then().spec(problem(422))
                .body("detail", containsString("has no home city in Keycloak"));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("username", "judge-wrong-country"))
                .post(EDITIONS + "/" + edition + "/judges").then().spec(problem(422))
                .body("detail", containsString("the member city seoul is in KR"));
        given().auth().oauth2(token("secretariat")).get(EDITIONS + "/" + edition + "/judges").then()
                .body("size()", equalTo(0));
    }
}
