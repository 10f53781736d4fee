package org.wego.awards.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.wego.awards.api.AwardsFixture.EDITIONS;
import static org.wego.awards.api.AwardsFixture.advance;
import static org.wego.awards.api.AwardsFixture.edition;
import static org.wego.awards.api.AwardsFixture.token;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class EditionResourceTest {

    @Test
    void aNewEditionTakesTheWeGoDefaultsAndIsPublic() {
        String id = edition(Map.of());
        given().get(EDITIONS + "/" + id).then().statusCode(200)
                .body("phase", equalTo("OPEN"))
                .body("categories.code", contains("SERVICES", "EFFICIENCY", "OPEN_CITY", "URBAN_MANAGEMENT", "DIGITAL_DIVIDE"))
                .body("rubric.code", contains("IMPACT", "INNOVATION", "CITIZEN_CENTRICITY", "SUSTAINABILITY", "TRANSFERABILITY"))
                .body("rubric[0].weight", equalTo(0.2f))
                .body("reviewersPerEntry", equalTo(3))
                .body("normalise", equalTo(true))
                .body("tieBreaks", contains("NORMALISED_MEAN", "MEDIAN", "TOP_PLACEMENTS"))
                .body("phases.phase", contains("OPEN"));
        given().get(EDITIONS).then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void customRubricCategoriesAndTieBreaks() {
        String id = edition(Map.of("rubric", List.of(Map.of("code", "IMPACT", "name", "Impact", "weight", 0.6),
                        Map.of("code", "COST", "name", "Cost", "weight", 0.4)),
                "categories", List.of(Map.of("code", "SERVICES", "name", "Services")),
                "tieBreaks", List.of("MEDIAN"), "normalise", false, "winnersPerCategory", 3));
        given().get(EDITIONS + "/" + id).then().body("rubric.code", contains("IMPACT", "COST"))
                .body("categories", hasSize(1)).body("tieBreaks", contains("MEDIAN")).body("winnersPerCategory", equalTo(3));
    }

    @Test
    void invalidSettingsAreNamed() {
        Map<String, Object> bad = Map.of("year", 2030, "title", "Bad rubric " + UUID.randomUUID(),
                "submissionDeadline", Instant.now().plusSeconds(60).toString(),
                "rubric", List.of(Map.of("code", "IMPACT", "name", "Impact", "weight", 0.5),
                        Map.of("code", "COST", "name", "Cost", "weight", 0.4)));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(bad).post(EDITIONS)
                .then().spec(problem(400)).body("violations[0].field", equalTo("rubric"))
                .body("violations[0].message", containsString("0.9"));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "reviewersPerEntry", 0)).post(EDITIONS)
                .then().spec(problem(400)).body("violations.field", hasItem(containsString("reviewersPerEntry")));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("title", "No year " + UUID.randomUUID())).post(EDITIONS)
                .then().spec(problem(400)).body("violations.field", contains("year", "submissionDeadline"));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body("{\"year\":2030,\"title\":\"t t t\",\"submissionDeadline\":\"2030-01-01T00:00:00Z\",\"tieBreaks\":[\"COIN_TOSS\"]}")
                .post(EDITIONS).then().spec(problem(400));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body("{\"year\":2030,\"title\":\"Null category " + UUID.randomUUID() + "\",\"submissionDeadline\":\"2030-01-01T00:00:00Z\",\"categories\":[null]}")
                .post(EDITIONS).then().spec(problem(400));
        given().get(EDITIONS + "/" + UUID.randomUUID()).then().spec(problem(404));
    }

    @Test
    void titlesAreUnique() {
        String title = "Unique title " + UUID.randomUUID();
        edition(Map.of("title", title));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("year", 2031, "title", title, "submissionDeadline", Instant.now().plusSeconds(60).toString()))
                .post(EDITIONS).then().spec(problem(409));
    }

    @Test
    void onlyStaffCreateAndChangeEditions() {
        Map<String, Object> body = Map.of("year", 2030, "title", "Nope " + UUID.randomUUID(),
                "submissionDeadline", Instant.now().plusSeconds(60).toString());
        given().contentType(ContentType.JSON).body(body).post(EDITIONS).then().spec(problem(401));
        given().auth().oauth2(token("official-seoul")).contentType(ContentType.JSON).body(body).post(EDITIONS).then().spec(problem(403));
        given().auth().oauth2(token("judge1")).contentType(ContentType.JSON).body(body).post(EDITIONS).then().spec(problem(403));
        String id = edition(Map.of());
        given().auth().oauth2(token("official-seoul")).contentType(ContentType.JSON).body(Map.of("to", "SCREENING"))
                .post(EDITIONS + "/" + id + "/phase").then().spec(problem(403));
    }

    @Test
    void settingsChangeOnlyAgainstTheVersionRead() {
        String id = edition(Map.of());
        String read = given().auth().oauth2(token("secretariat")).get(EDITIONS + "/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("reviewersPerEntry", 4))
                .patch(EDITIONS + "/" + id).then().spec(problem(428));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("reviewersPerEntry", 4))
                .header("If-Match", "\"draft-1\"").patch(EDITIONS + "/" + id).then().spec(problem(412));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("reviewersPerEntry", 4))
                .header("If-Match", read).patch(EDITIONS + "/" + id).then().statusCode(200)
                .body("reviewersPerEntry", equalTo(4)).header("ETag", not(equalTo(read)));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("reviewersPerEntry", 2))
                .header("If-Match", read).patch(EDITIONS + "/" + id).then().spec(problem(412));
        given().auth().oauth2(token("secretariat")).get(EDITIONS + "/" + id).then().body("reviewersPerEntry", equalTo(4));
    }

    @Test
    void phasesMoveOneStepAtATimeAfterTheirChecks() {
        String id = edition(Map.of());
        advance(id, "JUDGING", "secretariat").spec(problem(409)).body("detail", containsString("next phase is SCREENING"));
        advance(id, "SCREENING", "secretariat").spec(problem(409)).body("detail", containsString("Submissions are open until"));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("submissionDeadline", Instant.now().minusSeconds(1).toString()))
                .header("If-Match", "*").patch(EDITIONS + "/" + id).then().statusCode(200);
        advance(id, "SCREENING", "secretariat").statusCode(200).body("phase", equalTo("SCREENING"))
                .body("phases.phase", contains("OPEN", "SCREENING"));
        // The deadline is fixed once submissions are closed; judging rules until JUDGING.
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("submissionDeadline", Instant.now().plusSeconds(600).toString()))
                .header("If-Match", "*").patch(EDITIONS + "/" + id).then().spec(problem(409));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("reviewersPerEntry", 2))
                .header("If-Match", "*").patch(EDITIONS + "/" + id).then().statusCode(200).body("reviewersPerEntry", equalTo(2));
        advance(id, "JUDGING", "secretariat").spec(problem(409)).body("detail", containsString("No entry passed screening"));
        advance(id, "SOMEWHERE", "secretariat").spec(problem(400));
    }
}
