package org.wego.awards.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.awards.api.AwardsFixture.AWARDS_TOPIC;
import static org.wego.awards.api.AwardsFixture.EDITIONS;
import static org.wego.awards.api.AwardsFixture.ENTRIES;
import static org.wego.awards.api.AwardsFixture.closeSubmissions;
import static org.wego.awards.api.AwardsFixture.content;
import static org.wego.awards.api.AwardsFixture.draft;
import static org.wego.awards.api.AwardsFixture.edition;
import static org.wego.awards.api.AwardsFixture.token;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class EntryResourceTest {

    @BeforeEach
    void cities() {
        AwardsFixture.cities();
    }

    @Test
    void anOfficialEntersForTheirOwnCityOnly() {
        String edition = edition(Map.of());
        String id = draft(edition, "official-seoul", "seoul", "SERVICES");
        given().auth().oauth2(token("official-seoul")).get(ENTRIES + "/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("city", equalTo("seoul"));
        given().auth().oauth2(token("official-seoul")).contentType(ContentType.JSON).body(content("madrid", "SERVICES"))
                .post(EDITIONS + "/" + edition + "/entries").then().spec(problem(403));
        given().auth().oauth2(token("official-madrid")).get(ENTRIES + "/" + id).then().spec(problem(403));
        given().auth().oauth2(token("official-madrid")).contentType(ContentType.JSON).body(Map.of("title", "Taken over"))
                .patch(ENTRIES + "/" + id).then().spec(problem(403));
        given().auth().oauth2(token("official-madrid")).post(ENTRIES + "/" + id + "/submit").then().spec(problem(403));
        given().auth().oauth2(token("official-madrid")).get(EDITIONS + "/" + edition + "/entries")
                .then().statusCode(200).body("city", everyItem(equalTo("madrid")));
        given().auth().oauth2(token("judge1")).get(ENTRIES + "/" + id).then().spec(problem(404));
        given().get(ENTRIES + "/" + id).then().spec(problem(401));
    }

    @Test
    void oneEntryPerCityPerCategoryAndOnlyInTheEditionsCategories() {
        String edition = edition(Map.of());
        draft(edition, "official-nairobi", "nairobi", "SERVICES");
        given().auth().oauth2(token("official-nairobi")).contentType(ContentType.JSON).body(content("nairobi", "SERVICES"))
                .post(EDITIONS + "/" + edition + "/entries").then().spec(problem(409));
        draft(edition, "official-nairobi", "nairobi", "OPEN_CITY");
        given().auth().oauth2(token("official-nairobi")).contentType(ContentType.JSON).body(content("nairobi", "SPACE"))
                .post(EDITIONS + "/" + edition + "/entries").then().spec(problem(400))
                .body("violations[0].field", equalTo("category"));
        Map<String, Object> badLink = new HashMap<>(content("nairobi", "EFFICIENCY"));
        badLink.put("links", List.of("ftp://nope"));
        given().auth().oauth2(token("official-nairobi")).contentType(ContentType.JSON).body(badLink)
                .post(EDITIONS + "/" + edition + "/entries").then().spec(problem(400));
        given().auth().oauth2(token("official-nairobi")).contentType(ContentType.JSON).body("{\"city\":\"nairobi\"")
                .post(EDITIONS + "/" + edition + "/entries").then().spec(problem(400));
    }

    @Test
    void aCityTheAwardsDoNotKnowCannotEnter() {
        String edition = edition(Map.of());
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(content("atlantis", "SERVICES"))
                .post(EDITIONS + "/" + edition + "/entries").then().spec(problem(422))
                .body("detail", containsString("not a member city known"));
    }

    @Test
    void submissionNeedsEveryFieldAndEmitsEntrySubmitted() {
        String edition = edition(Map.of());
        String id = given().auth().oauth2(token("official-madrid")).contentType(ContentType.JSON)
                .body(Map.of("city", "madrid", "category", "EFFICIENCY", "title", "Madrid open permits"))
                .post(EDITIONS + "/" + edition + "/entries").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token("official-madrid")).post(ENTRIES + "/" + id + "/submit").then().spec(problem(422))
                .body("detail", containsString("summary"));
        given().auth().oauth2(token("official-madrid")).contentType(ContentType.JSON)
                .body(Map.of("summary", "s", "description", "d", "outcomes", "o", "links", List.of("https://madrid.es/x")))
                .patch(ENTRIES + "/" + id).then().statusCode(200).body("summary", equalTo("s"));
        given().auth().oauth2(token("official-madrid")).post(ENTRIES + "/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(token("official-madrid")).contentType(ContentType.JSON).body(Map.of("title", "Too late"))
                .patch(ENTRIES + "/" + id).then().spec(problem(409));
        given().auth().oauth2(token("official-madrid")).delete(ENTRIES + "/" + id).then().spec(problem(409));

        ConsumerRecord<String, String> event = KafkaProbe.await(AWARDS_TOPIC, r -> id.equals(r.key()), Duration.ofSeconds(30));
        assertEquals("org.wego.awards.entry.submitted.v1", KafkaProbe.header(event, "ce_type").orElseThrow());
        assertTrue(event.value().contains("\"city\":\"madrid\""), event.value());
    }

    @Test
    void aDraftCanBeWithdrawn() {
        String edition = edition(Map.of());
        String id = draft(edition, "official-seoul", "seoul", "DIGITAL_DIVIDE");
        given().auth().oauth2(token("official-seoul")).delete(ENTRIES + "/" + id).then().statusCode(204);
        given().auth().oauth2(token("official-seoul")).get(ENTRIES + "/" + id).then().spec(problem(404));
        draft(edition, "official-seoul", "seoul", "DIGITAL_DIVIDE");
    }

    @Test
    void aSuspendedCityCannotEnterUntilReinstated() {
        String city = "susp-" + UUID.randomUUID().toString().substring(0, 8);
        AwardsFixture.admit(city, "Suspendville", "BR");
        String edition = edition(Map.of());
        String id = draft(edition, "secretariat", city, "SERVICES");
        AwardsFixture.statusChange(city, "SUSPENDED", false, LocalDate.now().minusDays(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token("secretariat")).post(ENTRIES + "/" + id + "/submit").then().spec(problem(422))
                        .body("detail", containsString("not a member in good standing")));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(content(city, "EFFICIENCY"))
                .post(EDITIONS + "/" + edition + "/entries").then().spec(problem(422));
        AwardsFixture.statusChange(city, "ACTIVE", true, LocalDate.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token("secretariat")).post(ENTRIES + "/" + id + "/submit").then().statusCode(200));
    }

    @Test
    void aSuspensionEffectiveNextMonthDoesNotStopEntriesToday() {
        String city = "later-" + UUID.randomUUID().toString().substring(0, 8);
        AwardsFixture.admit(city, "Laterville", "AR");
        AwardsFixture.statusChange(city, "SUSPENDED", false, LocalDate.now().plusMonths(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token("secretariat"))
                .get("/api/v1/awards/cities/" + city).then().body("revision", equalTo(2)));
        draft(edition(Map.of()), "secretariat", city, "SERVICES");
    }

    @Test
    void afterTheDeadlineNothingChangesAndScreeningNeedsAReason() {
        String edition = edition(Map.of("graceMinutes", 0));
        String submitted = AwardsFixture.submitted(edition, "lima", "SERVICES");
        String draft = draft(edition, "official-seoul", "seoul", "SERVICES");
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("result", "PASSED", "reason", "ok"))
                .put(ENTRIES + "/" + submitted + "/screening").then().spec(problem(409));
        closeSubmissions(edition);
        given().auth().oauth2(token("official-seoul")).post(ENTRIES + "/" + draft + "/submit").then().spec(problem(409))
                .body("detail", containsString("SCREENING"));
        given().auth().oauth2(token("official-seoul")).contentType(ContentType.JSON).body(content("seoul", "EFFICIENCY"))
                .post(EDITIONS + "/" + edition + "/entries").then().spec(problem(409));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("result", "PASSED"))
                .put(ENTRIES + "/" + submitted + "/screening").then().spec(problem(400));
        given().auth().oauth2(token("official-seoul")).contentType(ContentType.JSON).body(Map.of("result", "PASSED", "reason", "mine"))
                .put(ENTRIES + "/" + submitted + "/screening").then().spec(problem(403));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("result", "PASSED", "reason", "x"))
                .put(ENTRIES + "/" + draft + "/screening").then().spec(problem(409));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("result", "FAILED", "reason", "outcomes not evidenced"))
                .put(ENTRIES + "/" + submitted + "/screening").then().statusCode(200)
                .body("status", equalTo("FAILED")).body("screening.reason", equalTo("outcomes not evidenced"));
        given().auth().oauth2(token("secretariat")).get(EDITIONS + "/" + edition + "/entries?status=FAILED")
                .then().statusCode(200).body("id", contains(submitted));
        given().auth().oauth2(token("secretariat")).get(EDITIONS + "/" + edition + "/entries?status=MAYBE")
                .then().spec(problem(400));
    }

    @Test
    void graceMinutesKeepSubmissionsOpenPastTheDeadline() {
        String edition = edition(Map.of("graceMinutes", 30));
        String id = draft(edition, "official-nairobi", "nairobi", "EFFICIENCY");
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("submissionDeadline", Instant.now().minusSeconds(60).toString()))
                .header("If-Match", "*").patch(EDITIONS + "/" + edition).then().statusCode(200);
        given().auth().oauth2(token("official-nairobi")).post(ENTRIES + "/" + id + "/submit").then().statusCode(200);
        AwardsFixture.advance(edition, "SCREENING", "secretariat").spec(problem(409));
    }
}
