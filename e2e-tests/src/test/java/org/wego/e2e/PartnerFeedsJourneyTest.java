package org.wego.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journey 4 — partner feeds: the UNDESA and World Bank service accounts (client credentials) pull the SDMX data as
 * JSON and CSV, the DCAT catalogue and the membership statistics, each incrementally (what changed since the last
 * pull), and a partner token cannot write anything anywhere.
 */
class PartnerFeedsJourneyTest {

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
    }

    @Test
    void partnersPullEachFeedIncrementallyAndCannotWrite() throws Exception {
        long started = System.nanoTime();
        String undesa = Tokens.ofClient("undesa-feed", "undesa-feed-secret");
        String worldBank = Tokens.ofClient("worldbank-feed", "worldbank-feed-secret");
        String secretariat = Tokens.of("secretariat");
        String today = LocalDate.now().toString();
        long membersBefore = ((Number) given().auth().oauth2(worldBank).queryParam("asOf", today)
                .get("/api/v1/membership/stats").then().statusCode(200).extract().path("total")).longValue();
        Instant lastPull = Instant.now();

        // Something new happens on the platform after the partners' last pull.
        String city = Journeys.unique("feed");
        Journeys.admit(secretariat, city, "Feed City", "KR", "ASIA");
        int year = 2040 + (int) (Math.abs(System.nanoTime()) % 40);
        String assessment = Journeys.publishedLosi(secretariat, city, year, 43);
        String report = given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(Map.of("type", "REPORT", "title", "Feed City digital report " + city, "summary", "Annual report"))
                .post("/api/v1/knowledge/resources").then().statusCode(201).extract().path("id");
        for (String to : List.of("IN_REVIEW", "PUBLISHED")) {
            given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(Map.of("to", to))
                    .post("/api/v1/knowledge/resources/" + report + "/transitions").then().statusCode(200);
        }

        // SDMX, JSON and CSV: what was published since the last pull, and nothing after now.
        String since = lastPull.toString();
        given().auth().oauth2(undesa).accept("application/vnd.sdmx.data+json;version=1.0.0")
                .queryParam("updatedAfter", since).get("/api/v1/ceds/sdmx/data/WEGO,CEDS_LOSI,2022/." + city + ".SCORE")
                .then().statusCode(200).body(containsString(city));
        given().auth().oauth2(worldBank).accept("application/vnd.sdmx.data+csv;version=1.0.0")
                .queryParam("updatedAfter", since).get("/api/v1/ceds/sdmx/data/WEGO,CEDS_LOSI,2022/all")
                .then().statusCode(200).body(containsString("410," + city + ",SCORE," + year + ",0.5000,HIGH"));
        given().auth().oauth2(undesa).accept("application/vnd.sdmx.data+json;version=1.0.0")
                .queryParam("updatedAfter", Instant.now().plusSeconds(60).toString())
                .get("/api/v1/ceds/sdmx/data/WEGO,CEDS_LOSI,2022/." + city + ".SCORE")
                .then().statusCode(404).contentType("application/problem+json");
        // DCAT: the new report is in the increment, and not in one taken after it.
        given().auth().oauth2(undesa).accept("text/turtle").queryParam("updatedAfter", since)
                .get("/api/v1/knowledge/catalog").then().statusCode(200).body(containsString(report));
        given().auth().oauth2(undesa).accept("text/turtle").queryParam("updatedAfter", Instant.now().plusSeconds(60).toString())
                .get("/api/v1/knowledge/catalog").then().statusCode(200).body(not(containsString(report)));
        // Membership statistics: today's counts include the new member; the series gives the counts since a date.
        given().auth().oauth2(worldBank).queryParam("asOf", today).get("/api/v1/membership/stats")
                .then().statusCode(200).body("total", greaterThanOrEqualTo((int) membersBefore + 1));
        given().auth().oauth2(worldBank).queryParam("from", today).queryParam("to", today).queryParam("interval", "month")
                .get("/api/v1/membership/stats/series").then().statusCode(200).body("points[0].asOf", equalTo(today));

        // Read-only: no write operation of any service accepts a partner token.
        List<String> accepted = new ArrayList<>();
        JsonNode paths = new ObjectMapper().readTree(given().get("/openapi").asString()).get("paths");
        int writes = 0;
        for (var path = paths.fields(); path.hasNext(); ) {
            var p = path.next();
            for (String method : List.of("post", "put", "patch", "delete")) {
                if (!p.getValue().has(method)) {
                    continue;
                }
                String concrete = p.getKey().replaceAll("\\{[^}]+}", "x1");
                for (String token : List.of(undesa, worldBank)) {
                    writes++;
                    Response r = given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                            .request(Method.valueOf(method.toUpperCase()), concrete);
                    // Applying is public (the empty body is refused); an applicant's answer needs the application's
                    // own token, and without it the application does not exist (404).
                    boolean refused = r.statusCode() == 403
                            || (concrete.equals("/api/v1/membership/applications") && r.statusCode() == 400)
                            || (concrete.endsWith("/follow-up/answers") && r.statusCode() == 404);
                    if (!refused) {
                        accepted.add(method.toUpperCase() + " " + concrete + " → " + r.statusCode());
                    }
                }
            }
        }
        assertTrue(writes > 40, "write operations tried: " + writes);
        assertTrue(accepted.isEmpty(), "partner tokens must not write: " + accepted);
        Journeys.report("4 (partner feeds)", started);
    }
}
