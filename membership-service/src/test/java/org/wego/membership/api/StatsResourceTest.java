package org.wego.membership.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Tokens;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wego.membership.api.MemberResourceTest.uniqueCode;
import static org.wego.membership.api.StatusChangeResourceTest.change;
import static org.wego.testsupport.Problems.problem;

/**
 * Other tests add members too, so each check compares the counts on a date before and after this test's own
 * members (with their dated histories) were recorded.
 */
@QuarkusTest
class StatsResourceTest {

    static final String[] DATES = {"2009-01-09", "2009-01-10", "2011-04-30", "2011-05-01", "2012-06-14", "2012-06-15",
            "2013-01-31", "2013-02-01"};

    static JsonPath stats(String date) {
        return given().auth().oauth2(Tokens.of("secretariat")).queryParam("asOf", date)
                .get("/api/v1/membership/stats").then().statusCode(200).extract().jsonPath();
    }

    static Map<String, JsonPath> snapshot() {
        Map<String, JsonPath> out = new HashMap<>();
        for (String date : DATES) {
            out.put(date, stats(date));
        }
        return out;
    }

    static long delta(Map<String, JsonPath> before, Map<String, JsonPath> after, String date, String path) {
        return after.get(date).getLong(path) - before.get(date).getLong(path);
    }

    @Test
    void countsReproduceHistoryAsOfAnyDate() {
        Map<String, JsonPath> before = snapshot();
        // A: Asian FULL member, joined 2009-01-10, suspended 2011-05-01, withdrew 2013-02-01.
        String a = uniqueCode("stats-a");
        Map<String, Object> body = new HashMap<>(MemberResourceTest.member(a, "MN", "ASIA"));
        body.put("joinedOn", "2009-01-10");
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/membership/members").then().statusCode(201);
        change("secretariat", a, "SUSPENDED", "2011-05-01", "arrears").statusCode(201);
        change("admin", a, "WITHDRAWN", "2013-02-01", "left").statusCode(201);
        // B: African ASSOCIATE member, joined 2012-06-15.
        String b = uniqueCode("stats-b");
        body = new HashMap<>(MemberResourceTest.member(b, "KE", "AFRICA"));
        body.put("joinedOn", "2012-06-15");
        body.put("type", "ASSOCIATE");
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/membership/members").then().statusCode(201);
        Map<String, JsonPath> after = snapshot();

        Object[][] expected = {
                // date, total, ASIA, AFRICA, FULL, ASSOCIATE, ACTIVE, SUSPENDED
                {"2009-01-09", 0, 0, 0, 0, 0, 0, 0},
                {"2009-01-10", 1, 1, 0, 1, 0, 1, 0},
                {"2011-04-30", 1, 1, 0, 1, 0, 1, 0},
                {"2011-05-01", 1, 1, 0, 1, 0, 0, 1},
                {"2012-06-14", 1, 1, 0, 1, 0, 0, 1},
                {"2012-06-15", 2, 1, 1, 1, 1, 1, 1},
                {"2013-01-31", 2, 1, 1, 1, 1, 1, 1},
                {"2013-02-01", 1, 0, 1, 0, 1, 1, 0},
        };
        String[] paths = {"total", "byRegion.ASIA", "byRegion.AFRICA", "byType.FULL", "byType.ASSOCIATE",
                "byStatus.ACTIVE", "byStatus.SUSPENDED"};
        for (Object[] row : expected) {
            String date = (String) row[0];
            for (int i = 0; i < paths.length; i++) {
                assertEquals(((Integer) row[i + 1]).longValue(), delta(before, after, date, paths[i]),
                        paths[i] + " on " + date);
            }
        }
    }

    @Test
    void allRegionsTypesAndMemberStatusesAreAlwaysPresent() {
        given().auth().oauth2(Tokens.ofClient("worldbank-feed", "worldbank-feed-secret"))
                .queryParam("asOf", "1999-01-01").get("/api/v1/membership/stats")
                .then().statusCode(200)
                .body("asOf", equalTo("1999-01-01"))
                .body("total", equalTo(0))
                .body("byRegion.size()", equalTo(6))
                .body("byRegion.MIDDLE_EAST", equalTo(0))
                .body("byType.size()", equalTo(2))
                .body("byStatus.size()", equalTo(3));
    }

    @Test
    void seriesHasOnePointPerInterval() {
        given().auth().oauth2(Tokens.of("admin"))
                .queryParam("from", "2008-12-31").queryParam("to", "2016-12-31").queryParam("interval", "year")
                .get("/api/v1/membership/stats/series")
                .then().statusCode(200)
                .body("points", hasSize(9))
                .body("points[0].asOf", equalTo("2008-12-31"))
                .body("points[8].asOf", equalTo("2016-12-31"));
    }

    @Test
    void badParametersAre400() {
        String admin = Tokens.of("admin");
        given().auth().oauth2(admin).queryParam("asOf", "2016-02-30").get("/api/v1/membership/stats")
                .then().spec(problem(400)).body("violations[0].field", equalTo("asOf"));
        given().auth().oauth2(admin).queryParam("from", "2016-01-01").queryParam("to", "2015-01-01")
                .get("/api/v1/membership/stats/series").then().spec(problem(400)).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(admin).queryParam("from", "1900-01-01").queryParam("interval", "month")
                .get("/api/v1/membership/stats/series").then().spec(problem(400)).body("violations[0].field", equalTo("interval"));
        given().auth().oauth2(admin).queryParam("from", "2010-01-01").queryParam("interval", "week")
                .get("/api/v1/membership/stats/series").then().spec(problem(400));
        given().auth().oauth2(admin).get("/api/v1/membership/stats/series").then().spec(problem(400))
                .body("violations[0].field", equalTo("from"));
    }

    @Test
    void statsNeedAToken() {
        given().get("/api/v1/membership/stats").then().spec(problem(401));
        given().auth().oauth2(Tokens.of("judge1")).get("/api/v1/membership/stats").then().spec(problem(403));
    }
}
