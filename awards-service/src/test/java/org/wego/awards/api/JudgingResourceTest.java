package org.wego.awards.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.awards.api.AwardsFixture.AWARDS_TOPIC;
import static org.wego.awards.api.AwardsFixture.EDITIONS;
import static org.wego.awards.api.AwardsFixture.ENTRIES;
import static org.wego.awards.api.AwardsFixture.advance;
import static org.wego.awards.api.AwardsFixture.putReview;
import static org.wego.awards.api.AwardsFixture.review;
import static org.wego.awards.api.AwardsFixture.token;
import static org.wego.testsupport.Problems.problem;

/**
 * A whole judging round over the API: automatic assignment with conflicts excluded, reviews, the ranking as staff
 * and as a conflicted judge sees it, winners, the announcement and its event, and the audit trail.
 */
@QuarkusTest
class JudgingResourceTest {

    String edition;
    String seoul;
    String nairobi;
    String madrid;
    String lima;

    @BeforeEach
    void judgingRound() {
        AwardsFixture.cities();
        edition = AwardsFixture.edition(Map.of("reviewersPerEntry", 2, "judgeLoadLimit", 4));
        seoul = AwardsFixture.submitted(edition, "seoul", "SERVICES");
        nairobi = AwardsFixture.submitted(edition, "nairobi", "SERVICES");
        madrid = AwardsFixture.submitted(edition, "madrid", "SERVICES");
        lima = AwardsFixture.submitted(edition, "lima", "SERVICES");
        AwardsFixture.closeSubmissions(edition);
        for (String e : List.of(seoul, nairobi, madrid, lima)) {
            AwardsFixture.screen(e, "PASSED");
        }
        AwardsFixture.judge(edition, "judge1", "seoul", "KR", List.of("SERVICES"));
        AwardsFixture.judge(edition, "judge2", "nairobi", "KE", List.of("SERVICES"));
        AwardsFixture.judge(edition, "judge3", "madrid", "ES", List.of("SERVICES"));
        AwardsFixture.judge(edition, "judge4", "ulaanbaatar", "MN", List.of("SERVICES"));
    }

    private JsonPath autoAssign(boolean dryRun) {
        return given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("mode", "AUTO"))
                .post(EDITIONS + "/" + edition + "/assignments?dryRun=" + dryRun).then().statusCode(200).extract().jsonPath();
    }

    private Set<String> judgesOf(String entry) {
        List<Map<String, String>> all = given().auth().oauth2(token("secretariat"))
                .get(EDITIONS + "/" + edition + "/assignments").then().statusCode(200).extract().jsonPath().getList("$");
        Set<String> judges = new HashSet<>();
        all.stream().filter(a -> a.get("entryId").equals(entry)).forEach(a -> judges.add(a.get("judge")));
        return judges;
    }

    @Test
    void automaticAssignmentNeverGivesAJudgeTheirOwnCityOrCountry() {
        JsonPath plan = autoAssign(true);
        assertTrue(plan.getBoolean("feasible"), plan.prettify());
        assertEquals(8, plan.getInt("assigned"));
        given().auth().oauth2(token("secretariat")).get(EDITIONS + "/" + edition + "/assignments").then().body("$", empty());

        autoAssign(false);
        assertFalse(judgesOf(seoul).contains("judge1"));
        assertFalse(judgesOf(nairobi).contains("judge2"));
        assertFalse(judgesOf(madrid).contains("judge3"));
        assertEquals(2, judgesOf(lima).size());
        // judge1 (Seoul) sees their entries but never Seoul's, even when asking for it directly.
        given().auth().oauth2(token("judge1")).get(EDITIONS + "/" + edition + "/entries").then().statusCode(200)
                .body("city", not(hasItem("seoul"))).body("screening", everyItem(nullValue()));
        given().auth().oauth2(token("judge1")).get(ENTRIES + "/" + seoul).then().spec(problem(404));
        given().auth().oauth2(token("judge1")).get(EDITIONS + "/" + edition + "/assignments").then()
                .body("judge", everyItem(equalTo("judge1")));
        // Running it again changes nothing: every entry already has its judges.
        assertEquals(0, autoAssign(false).getInt("assigned"));
    }

    @Test
    void impossibleAssignmentsSayWhyAndManualOnesRespectConflicts() {
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("reviewersPerEntry", 4))
                .header("If-Match", "*").patch(EDITIONS + "/" + edition).then().statusCode(200);
        JsonPath plan = autoAssign(true);
        assertFalse(plan.getBoolean("feasible"));
        assertTrue(plan.getString("problems[0]").contains("(1 conflicted, 0 not on the SERVICES panel)"), plan.prettify());
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("mode", "AUTO"))
                .post(EDITIONS + "/" + edition + "/assignments").then().spec(problem(422))
                .body("detail", containsString("needs 4 more judge(s)"));

        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("mode", "MANUAL", "assignments", List.of(Map.of("entry", lima, "judge", "judge1"),
                        Map.of("entry", seoul, "judge", "judge1"))))
                .post(EDITIONS + "/" + edition + "/assignments").then().spec(problem(422))
                .body("detail", containsString("judge1 is conflicted"));
        assertTrue(judgesOf(lima).isEmpty(), "a refused request assigns nothing");
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("mode", "MANUAL", "assignments", List.of(Map.of("entry", lima, "judge", "judge1"))))
                .post(EDITIONS + "/" + edition + "/assignments").then().statusCode(201).body("mode", contains("MANUAL"));
        given().auth().oauth2(token("judge1")).contentType(ContentType.JSON).body(Map.of("mode", "AUTO"))
                .post(EDITIONS + "/" + edition + "/assignments").then().spec(problem(403));
    }

    @Test
    void aDeclaredConflictWithdrawsTheAssignment() {
        autoAssign(false);
        String judge = judgesOf(lima).iterator().next();
        given().auth().oauth2(token(judge)).contentType(ContentType.JSON).body(Map.of("reason", "I advised Lima in 2024"))
                .post(ENTRIES + "/" + lima + "/conflicts").then().statusCode(201).body("kind", equalTo("DECLARED"));
        given().auth().oauth2(token(judge)).get(ENTRIES + "/" + lima).then().spec(problem(404));
        assertFalse(judgesOf(lima).contains(judge));
        given().auth().oauth2(token("secretariat")).get(ENTRIES + "/" + lima + "/conflicts").then().statusCode(200)
                .body("judge", hasItem(judge)).body("reason", hasItem("I advised Lima in 2024"));
        given().auth().oauth2(token("secretariat")).get(ENTRIES + "/" + seoul + "/conflicts").then()
                .body("find { it.judge == 'judge1' }.kind", equalTo("SAME_CITY"));
        given().auth().oauth2(token("judge4")).get(ENTRIES + "/" + lima + "/conflicts").then().spec(problem(403));
    }

    @Test
    void reviewsAreCheckedAgainstTheRubricAndShownByTheRules() {
        autoAssign(false);
        advance(edition, "JUDGING", "secretariat").statusCode(200);
        List<String> judges = List.copyOf(judgesOf(lima));
        String first = judges.get(0);
        String second = judges.get(1);
        putReview(lima, first, Map.of("scores", Map.of("IMPACT", Map.of("score", 11, "comment", ""), "BEAUTY", Map.of("score", 5, "comment", "x"))))
                .spec(problem(400)).body("violations.field", hasItem("scores.IMPACT.score"))
                .body("violations.field", hasItem("scores.IMPACT.comment"))
                .body("violations.field", hasItem("scores.INNOVATION")).body("violations.field", hasItem("scores.BEAUTY"));
        putReview(lima, first, Map.of("abstain", true)).spec(problem(400)).body("violations[0].field", equalTo("reason"));
        putReview(lima, "judge6", review(5)).spec(problem(404)); // judge6 has the role but is not on this jury
        putReview(lima, first, review(7)).statusCode(200).body("revision", equalTo(1)).body("weightedScore", equalTo(7.0f));
        putReview(lima, first, review(8)).statusCode(200).body("revision", equalTo(2));
        // The second judge sees only their own review until they submit theirs.
        given().auth().oauth2(token(second)).get(ENTRIES + "/" + lima + "/reviews").then().body("$", empty());
        putReview(lima, second, Map.of("abstain", true, "reason", "outside my expertise")).statusCode(200);
        given().auth().oauth2(token(second)).get(ENTRIES + "/" + lima + "/reviews").then().body("judge", hasSize(2));
        given().auth().oauth2(token("official-seoul")).get(ENTRIES + "/" + lima + "/reviews").then().spec(problem(403));
        given().auth().oauth2(token(second)).contentType(ContentType.JSON).body(Map.of("reason", "too late"))
                .post(ENTRIES + "/" + lima + "/conflicts").then().spec(problem(409));
        advance(edition, "DELIBERATION", "secretariat").spec(problem(409)).body("detail", containsString("not submitted"));
    }

    @Test
    void rankingResultsAnnouncementAndAudit() {
        // Raw means here: with two reviews per judge, z-scores would (rightly) tie a judge's best entries.
        // Blind review: judges see no entry's city until the announcement.
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("normalise", false, "blindReview", true))
                .header("If-Match", "*").patch(EDITIONS + "/" + edition).then().statusCode(200)
                .body("blindReview", equalTo(true));
        autoAssign(false);
        advance(edition, "JUDGING", "secretariat").statusCode(200);
        Map<String, Integer> scoreOf = Map.of(seoul, 9, nairobi, 7, madrid, 5, lima, 3);
        scoreOf.forEach((entry, score) -> judgesOf(entry).forEach(j -> putReview(entry, j, review(score)).statusCode(200)));
        advance(edition, "DELIBERATION", "secretariat").statusCode(200);

        given().auth().oauth2(token("secretariat")).get(EDITIONS + "/" + edition + "/categories/SERVICES/ranking")
                .then().statusCode(200)
                .body("entries.city", contains("seoul", "nairobi", "madrid", "lima"))
                .body("entries.rank", contains(1, 2, 3, 4))
                .body("entries[0].rawMean", equalTo(9.0f))
                .body("judges", hasSize(4))
                .body("agreement.interpretation", equalTo("EXCELLENT")).body("agreement.entries", equalTo(4));
        // judge1 (Seoul) deliberates on SERVICES but never sees Seoul's row, nor a gap where it stands: the others are
        // ranked among themselves and the agreement counts them only.
        String judgeView = given().auth().oauth2(token("judge1"))
                .get(EDITIONS + "/" + edition + "/categories/SERVICES/ranking")
                .then().statusCode(200).body("entries.entryId", contains(nairobi, madrid, lima))
                .body("entries.city", everyItem(nullValue()))
                .body("entries.rank", contains(1, 2, 3)).body("judges", empty())
                .body("agreement.entries", equalTo(3)).extract().asString();
        assertFalse(judgeView.contains(seoul), judgeView);
        given().auth().oauth2(token("judge1")).get(EDITIONS + "/" + edition + "/entries").then().statusCode(200)
                .body("city", everyItem(nullValue())).body("size()", org.hamcrest.Matchers.greaterThan(0));
        given().auth().oauth2(token("official-seoul")).get(EDITIONS + "/" + edition + "/categories/SERVICES/ranking")
                .then().spec(problem(403));

        given().get(EDITIONS + "/" + edition + "/results").then().spec(problem(404));
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("winners", Map.of()))
                .post(EDITIONS + "/" + edition + "/results").then().spec(problem(403));
        advance(edition, "ANNOUNCED", "admin").spec(problem(409)); // no winners confirmed yet
        given().auth().oauth2(token("admin")).contentType(ContentType.JSON)
                .body(Map.of("winners", Map.of("SERVICES", List.of(seoul, seoul))))
                .post(EDITIONS + "/" + edition + "/results").then().spec(problem(400));
        given().auth().oauth2(token("admin")).contentType(ContentType.JSON).body("{\"winners\":{\"SERVICES\":null}}")
                .post(EDITIONS + "/" + edition + "/results").then().spec(problem(400));
        given().auth().oauth2(token("admin")).contentType(ContentType.JSON).body(Map.of("winners", Map.of()))
                .post(EDITIONS + "/" + edition + "/results").then().statusCode(200)
                .body("winners.city", contains("seoul"));
        advance(edition, "ANNOUNCED", "secretariat").spec(problem(403));
        advance(edition, "ANNOUNCED", "admin").statusCode(200);
        given().auth().oauth2(token("judge1")).get(EDITIONS + "/" + edition + "/categories/SERVICES/ranking")
                .then().statusCode(200).body("entries.city", contains("nairobi", "madrid", "lima"));
        given().get(EDITIONS + "/" + edition + "/results").then().statusCode(200)
                .body("winners[0].city", equalTo("seoul")).body("winners[0].place", equalTo(1))
                .body("winners[0].links[0]", equalTo("https://seoul.example/practice"));

        ConsumerRecord<String, String> announced = KafkaProbe.await(AWARDS_TOPIC, r -> edition.equals(r.key())
                && "org.wego.awards.winners.announced.v1".equals(KafkaProbe.header(r, "ce_type").orElse("")), Duration.ofSeconds(30));
        assertTrue(announced.value().contains("\"description\":\"How it works in seoul\""), announced.value());
        KafkaProbe.await(AWARDS_TOPIC, r -> edition.equals(r.key())
                && "org.wego.awards.ranking.finalized.v1".equals(KafkaProbe.header(r, "ce_type").orElse("")), Duration.ofSeconds(30));

        JsonPath audit = given().auth().oauth2(token("admin")).get(EDITIONS + "/" + edition + "/audit")
                .then().statusCode(200).body("intact", equalTo(true)).extract().jsonPath();
        List<String> actions = audit.getList("log.action");
        for (String a : List.of("EDITION_CREATED", "ENTRY_SUBMITTED", "ENTRY_SCREENED", "JUDGE_ADDED", "ASSIGNED",
                "REVIEW_SUBMITTED", "PHASE_CHANGED", "RESULTS_CONFIRMED", "WINNERS_ANNOUNCED")) {
            assertTrue(actions.contains(a), a + " missing from " + actions);
        }
        given().auth().oauth2(token("secretariat")).get(EDITIONS + "/" + edition + "/audit").then().spec(problem(403));
    }
}
