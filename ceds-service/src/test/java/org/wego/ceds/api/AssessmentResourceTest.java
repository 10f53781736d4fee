package org.wego.ceds.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class AssessmentResourceTest {

    private static final String ASSESSMENTS = "/api/v1/ceds/assessments";

    /** LOSI 2022 indicator codes in framework order. */
    static final List<String> LOSI = new ArrayList<>();

    static {
        String[] criteria = {"IF", "CP", "SP", "PE", "TE"};
        int[] sizes = {8, 25, 18, 17, 18};
        for (int c = 0; c < criteria.length; c++) {
            for (int i = 1; i <= sizes[c]; i++) {
                LOSI.add(criteria[c] + String.format("%02d", i));
            }
        }
    }

    /** A member city CeDS learns about from a membership event. */
    static String city(String code) {
        return city(code, "ASIA", 2_000_000);
    }

    static String city(String code, String region, long population) {
        KafkaProbe.send("it.wego.membership.events", code,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "org.wego.membership.member.admitted.v1", "members/" + code),
                "{\"code\":\"" + code + "\",\"name\":\"" + code + "\",\"country\":\"KR\",\"region\":\"" + region
                        + "\",\"type\":\"FULL\",\"joinedOn\":\"2008-09-01\",\"population\":" + population + "}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("admin")).get("/api/v1/ceds/cities/" + code).then().statusCode(200));
        return code;
    }

    static String uniqueCity(String base) {
        return city(base + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    static ValidatableResponse start(String user, String city, String framework, String version, int year) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("city", city, "framework", framework, "version", version, "year", year))
                .post(ASSESSMENTS).then();
    }

    static ValidatableResponse answer(String user, String id, Map<String, Object> answers) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(Map.of("answers", answers))
                .put(ASSESSMENTS + "/" + id + "/answers").then();
    }

    static ValidatableResponse post(String user, String id, String action) {
        return given().auth().oauth2(Tokens.of(user)).post(ASSESSMENTS + "/" + id + "/" + action).then();
    }

    /** Yes to the first {@code yes} LOSI indicators, no to the next {@code no}, the rest unanswered. */
    static Map<String, Object> losiAnswers(int yes, int no) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < yes + no; i++) {
            answers.put(LOSI.get(i), i < yes);
        }
        return answers;
    }

    static String scored(String city, int year, int yes) {
        return scored(city, "2022", year, yes);
    }

    /**
     * A private copy of LOSI 2022 under a fresh version: rankings and benchmarks over it see only this test's
     * assessments, whatever earlier runs left in the database.
     */
    @SuppressWarnings("unchecked")
    static String privateLosiVersion() {
        Map<String, Object> losi = given().auth().oauth2(Tokens.of("admin")).get("/api/v1/ceds/frameworks/LOSI/2022")
                .then().statusCode(200).extract().as(Map.class);
        String version = "1." + (UUID.randomUUID().getMostSignificantBits() & 0x7fffffffL) % 1_000_000_000L;
        losi.put("version", version);
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(losi)
                .post("/api/v1/ceds/frameworks").then().statusCode(201);
        return version;
    }

    static String scored(String city, String version, int year, int yes) {
        String id = start("secretariat", city, "LOSI", version, year).statusCode(201).extract().path("id");
        answer("secretariat", id, losiAnswers(yes, 86 - yes)).statusCode(200);
        post("secretariat", id, "submit").statusCode(200);
        return id;
    }

    @Test
    void partialSavesSubmitScorePlanAndProgressAYearLater() {
        String city = uniqueCity("losi");
        String id = start("secretariat", city, "LOSI", "2022", 2025).statusCode(201)
                .body("status", equalTo("DRAFT")).body("total", equalTo(86)).extract().path("id");
        answer("secretariat", id, losiAnswers(30, 0)).statusCode(200).body("answered", equalTo(30));
        Map<String, Object> more = losiAnswers(64, 1);
        answer("secretariat", id, more).statusCode(200).body("answered", equalTo(65));

        post("secretariat", id, "submit").statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("result.score", equalTo(0.7442f))
                .body("result.level", equalTo("HIGH"))
                .body("result.met", equalTo(64))
                .body("result.total", equalTo(86))
                .body("result.unanswered", hasSize(21))
                .body("result.criteria.code", hasItems("IF", "CP", "SP", "PE", "TE"));
        given().auth().oauth2(Tokens.of("secretariat")).get(ASSESSMENTS + "/" + id + "/plan")
                .then().statusCode(200)
                .body("nextBand.level", equalTo("VERY_HIGH"))
                .body("nextBand.itemsNeeded", equalTo(1))
                .body("actions", hasSize(22))
                .body("actions[0].effort", equalTo("LOW"))
                .body("phases.QUICK_WINS[0]", equalTo(given().auth().oauth2(Tokens.of("secretariat"))
                        .get(ASSESSMENTS + "/" + id + "/plan").then().extract().path("actions[0].indicator")))
                .body("progress", nullValue());

        String next = scored(city, 2026, 84);
        given().auth().oauth2(Tokens.of("secretariat")).get(ASSESSMENTS + "/" + next)
                .then().body("result.score", equalTo(0.9767f)).body("result.level", equalTo("VERY_HIGH"));
        given().auth().oauth2(Tokens.of("secretariat")).get(ASSESSMENTS + "/" + next + "/plan")
                .then().statusCode(200)
                .body("nextBand", nullValue())
                .body("progress.previousYear", equalTo(2025))
                .body("progress.scoreDelta", equalTo(0.2325f))
                .body("progress.newlyMet", hasSize(20))
                .body("progress.lost", hasSize(0));
        // The same city under another version of the framework a year later: nothing to compare with yet.
        String otherVersion = scored(city, privateLosiVersion(), 2027, 86);
        given().auth().oauth2(Tokens.of("secretariat")).get(ASSESSMENTS + "/" + otherVersion + "/plan")
                .then().statusCode(200).body("progress", nullValue());
        KafkaProbe.await("it.wego.ceds.events", r -> city.equals(r.key())
                && "org.wego.ceds.assessment.submitted.v1".equals(KafkaProbe.header(r, "ce_type").orElse("")),
                Duration.ofSeconds(20));
    }

    private static void statusChanged(String code, String status, LocalDate from, boolean goodStanding) {
        KafkaProbe.send("it.wego.membership.events", code,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "org.wego.membership.member.status-changed.v1",
                        "members/" + code),
                "{\"code\":\"" + code + "\",\"status\":\"" + status + "\",\"previousStatus\":\"ACTIVE\","
                        + "\"effectiveDate\":\"" + from + "\",\"reason\":\"test\",\"goodStanding\":" + goodStanding + "}");
    }

    @Test
    void withdrawnAndExpelledCitiesStartNoAssessmentFromTheChangesEffectiveDate() {
        LocalDate today = LocalDate.now();
        String leaving = uniqueCity("leaving");
        statusChanged(leaving, "WITHDRAWN", today.plusDays(1), false);
        String expelled = "expelled-" + UUID.randomUUID().toString().substring(0, 8);
        statusChanged(expelled, "EXPELLED", today.minusDays(1), false); // before its admission arrives
        city(expelled);
        String suspended = uniqueCity("suspended");
        statusChanged(suspended, "SUSPENDED", today.minusDays(1), false);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> start("secretariat", expelled, "LOSI", "2022", 2026)
                .spec(problem(422)).body("type", endsWith("/not-a-member"))
                .body("detail", containsString("EXPELLED since " + today.minusDays(1))));
        for (String code : List.of(suspended, leaving)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().auth().oauth2(Tokens.of("admin")).get("/api/v1/ceds/cities/" + code).then()
                            .body("revision", equalTo(2)));
        }
        start("secretariat", suspended, "LOSI", "2022", 2026).statusCode(201); // a suspended city is still a member
        start("secretariat", leaving, "LOSI", "2022", 2026).statusCode(201); // its withdrawal takes effect tomorrow

        // The timeline member.standing-changed announces takes over from the status changes.
        String announced = uniqueCity("announced");
        KafkaProbe.send("it.wego.membership.events", announced,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "org.wego.membership.member.standing-changed.v1",
                        "members/" + announced),
                "{\"code\":\"" + announced + "\",\"cause\":\"STATUS_CHANGE\",\"standing\":["
                        + "{\"from\":\"2008-09-01\",\"status\":\"ACTIVE\",\"goodStanding\":true},"
                        + "{\"from\":\"" + today.minusDays(3) + "\",\"status\":\"LAPSED\",\"goodStanding\":false},"
                        + "{\"from\":\"" + today + "\",\"status\":\"WITHDRAWN\",\"goodStanding\":false}]}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.of("admin"))
                .get("/api/v1/ceds/cities/" + announced + "/standing").then().statusCode(200)
                .body("member", equalTo(false)).body("goodStanding", equalTo(false)));
        given().auth().oauth2(Tokens.of("admin")).queryParam("asOf", today.minusDays(1).toString())
                .get("/api/v1/ceds/cities/" + announced + "/standing").then()
                .body("member", equalTo(true)).body("goodStanding", equalTo(false));
        start("secretariat", announced, "LOSI", "2022", 2026).spec(problem(422))
                .body("detail", containsString("WITHDRAWN since " + today));
        given().auth().oauth2(Tokens.of("official-seoul")).get("/api/v1/ceds/cities/" + announced + "/standing")
                .then().spec(problem(403));
    }

    @Test
    void badAnswersAreReportedCodeByCodeAndNothingIsSaved() {
        String city = uniqueCity("answers");
        String id = start("admin", city, "LOSI", "2022", 2026).statusCode(201).extract().path("id");
        Map<String, Object> bad = new HashMap<>();
        bad.put("IF01", true);
        bad.put("XX99", true);
        bad.put("CP03", "yes");
        answer("admin", id, bad).spec(problem(400))
                .body("violations.field", hasItems("answers.XX99", "answers.CP03"));
        given().auth().oauth2(Tokens.of("admin")).get(ASSESSMENTS + "/" + id).then().body("answered", equalTo(0));

        String maturity = start("admin", city, "CEDS_MATURITY", "1.0", 2026).statusCode(201).extract().path("id");
        answer("admin", maturity, Map.of("GOV1", 5, "POL1", 2.5)).spec(problem(400))
                .body("violations.field", hasItems("answers.GOV1", "answers.POL1"));
        answer("admin", maturity, Map.of("GOV1", 4, "GOV2", 3)).statusCode(200);
        post("admin", maturity, "submit").statusCode(200).body("result.level", equalTo("INITIAL"));
        answer("admin", maturity, Map.of("GOV3", 1)).spec(problem(409));
        post("admin", maturity, "submit").spec(problem(409));
    }

    @Test
    void officialsWorkOnTheirOwnCityAndSeeOthersOnlyOncePublished() {
        city("seoul");
        city("nairobi");
        String id = null;
        for (int year = 2000; id == null && year <= 2100; year++) {
            ValidatableResponse started = start("official-seoul", "seoul", "LOSI", "2022", year);
            if (started.extract().statusCode() == 201) {
                id = started.body("city", equalTo("seoul")).extract().path("id");
            } else {
                started.spec(problem(409)); // an earlier run's assessment for that year
            }
        }
        assertTrue(id != null);
        answer("official-seoul", id, losiAnswers(50, 36)).statusCode(200);
        given().auth().oauth2(Tokens.of("official-nairobi")).get(ASSESSMENTS + "/" + id).then().spec(problem(403));
        answer("official-nairobi", id, Map.of("IF01", true)).spec(problem(403));
        start("official-nairobi", "seoul", "LOSI", "2022", 2030).spec(problem(403));
        post("official-seoul", id, "publish").spec(problem(409)).body("detail", containsString("Submit"));
        post("official-seoul", id, "submit").statusCode(200);
        post("official-seoul", id, "publish").statusCode(200).body("status", equalTo("PUBLISHED"));
        given().auth().oauth2(Tokens.of("official-nairobi")).get(ASSESSMENTS + "/" + id).then().statusCode(200);
        given().auth().oauth2(Tokens.ofClient("undesa-feed", "undesa-feed-secret")).get(ASSESSMENTS + "/" + id)
                .then().statusCode(200).body("result.met", equalTo(50));
        given().get(ASSESSMENTS + "/" + id).then().spec(problem(401));
    }

    @Test
    void unknownCitiesAndFrameworksAre422() {
        start("admin", "atlantis-" + UUID.randomUUID().toString().substring(0, 6), "LOSI", "2022", 2026)
                .spec(problem(422)).body("type", endsWith("/unknown-city"));
        start("admin", uniqueCity("fw"), "LOSI", "2099", 2026).spec(problem(422)).body("type", endsWith("/unknown-framework"));
        start("admin", "seoul", "LOSI", "2022", 1999).spec(problem(400)).body("violations[0].field", equalTo("year"));
        given().auth().oauth2(Tokens.of("admin")).get(ASSESSMENTS + "/not-an-id").then().spec(problem(404));
    }

    @Test
    void rankingUsesCompetitionRanksOverPublishedAssessmentsOnly() {
        int year = 2026;
        String version = privateLosiVersion();
        String a = uniqueCity("rank-a");
        String b = uniqueCity("rank-b");
        String c = uniqueCity("rank-c");
        String d = uniqueCity("rank-d");
        for (String[] run : new String[][]{{a, "84"}, {b, "84"}, {c, "80"}, {d, "86"}}) {
            String id = scored(run[0], version, year, Integer.parseInt(run[1]));
            if (!run[0].equals(d)) {
                post("secretariat", id, "publish").statusCode(200);
            }
        }
        List<Map<String, Object>> ranking = given().auth().oauth2(Tokens.ofClient("worldbank-feed", "worldbank-feed-secret"))
                .queryParam("year", year).get("/api/v1/ceds/frameworks/LOSI/" + version + "/ranking")
                .then().statusCode(200).extract().path("");
        assertEquals(3, ranking.size(), ranking.toString());
        Map<String, Integer> rank = new HashMap<>();
        ranking.forEach(e -> rank.put((String) e.get("city"), (Integer) e.get("rank")));
        assertEquals(1, rank.get(a), "equal scores share a rank");
        assertEquals(1, rank.get(b), "equal scores share a rank");
        assertEquals(3, rank.get(c), "the next rank skips the shared places");
        assertTrue(!rank.containsKey(d), "an unpublished assessment is not ranked");

        // A year later c improves; across years every city stands once, by its latest published result.
        post("secretariat", scored(c, version, year + 1, 86), "publish").statusCode(200);
        List<Map<String, Object>> overall = given().auth().oauth2(Tokens.ofClient("worldbank-feed", "worldbank-feed-secret"))
                .get("/api/v1/ceds/frameworks/LOSI/" + version + "/ranking").then().statusCode(200).extract().path("");
        assertEquals(List.of(c, a, b), overall.stream().map(e -> e.get("city")).toList(), overall.toString());
        assertEquals(List.of(year + 1, year, year), overall.stream().map(e -> e.get("year")).toList());
        assertEquals(List.of(1, 2, 2), overall.stream().map(e -> e.get("rank")).toList());
    }

    @Test
    void benchmarksPlaceTheCityAmongAllItsRegionAndItsPopulationClass() {
        int year = 2026;
        String version = privateLosiVersion();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String[][] cities = {{"bm-a-" + tag, "EUROPE", "80000", "86"}, {"bm-b-" + tag, "EUROPE", "90000", "70"},
                {"bm-c-" + tag, "AFRICA", "3000000", "60"}, {"bm-d-" + tag, "AFRICA", "90000", "50"}};
        String first = null;
        for (String[] c : cities) {
            city(c[0], c[1], Long.parseLong(c[2]));
            String id = scored(c[0], version, year, Integer.parseInt(c[3]));
            post("secretariat", id, "publish").statusCode(200);
            first = first == null ? id : first;
        }
        // Only this test publishes for its private framework version, so the peer groups are exactly these cities.
        given().auth().oauth2(Tokens.ofClient("undesa-feed", "undesa-feed-secret")).get(ASSESSMENTS + "/" + first + "/benchmark")
                .then().statusCode(200)
                .body("all.peers", equalTo(4)).body("all.percentile", equalTo(87.5f))
                .body("region.group", equalTo("EUROPE")).body("region.peers", equalTo(2)).body("region.percentile", equalTo(75.0f))
                .body("populationClass.group", equalTo("SMALL")).body("populationClass.peers", equalTo(3))
                .body("populationClass.percentile", equalTo(83.3f));
        String draft = start("secretariat", uniqueCity("bm-draft"), "LOSI", version, year).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("secretariat")).get(ASSESSMENTS + "/" + draft + "/benchmark").then().spec(problem(409));
    }
}
