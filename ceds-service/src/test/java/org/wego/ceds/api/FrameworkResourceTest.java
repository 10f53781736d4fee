package org.wego.ceds.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class FrameworkResourceTest {

    private static final String FRAMEWORKS = "/api/v1/ceds/frameworks";

    static Map<String, Object> framework(String version) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "OECD_DGI");
        body.put("version", version);
        body.put("name", "OECD Digital Government Index style");
        body.put("aggregation", "CRITERION_MEAN");
        body.put("criteria", List.of(
                Map.of("code", "DD", "name", "Digital by design", "weight", 1, "indicators", List.of(
                        Map.of("code", "DD1", "question", "Strategy covers digital by design?", "type", "NUMERIC",
                                "min", 0, "max", 1, "weight", 1, "effort", "MEDIUM"))),
                Map.of("code", "OD", "name", "Open by default", "weight", 1, "indicators", List.of(
                        Map.of("code", "OD1", "question", "Open data maturity", "type", "SCALE", "max", 4)))));
        body.put("bands", List.of(Map.of("level", "HIGH", "min", 0.5), Map.of("level", "LOW", "min", 0)));
        return body;
    }

    @Test
    void shippedFrameworksArePublishedAtStartup() {
        given().auth().oauth2(Tokens.ofClient("undesa-feed", "undesa-feed-secret")).get(FRAMEWORKS)
                .then().statusCode(200)
                .body("find { it.code == 'LOSI' && it.version == '2022' }.indicators", equalTo(86))
                .body("find { it.code == 'CEDS_MATURITY' }.indicators", equalTo(24));
        given().auth().oauth2(Tokens.of("official-seoul")).get(FRAMEWORKS + "/LOSI/2022")
                .then().statusCode(200)
                .body("aggregation", equalTo("INDICATOR_MEAN"))
                .body("criteria.code", contains("IF", "CP", "SP", "PE", "TE"))
                .body("criteria.collect { it.indicators.size() }", contains(8, 25, 18, 17, 18))
                .body("bands.level", contains("VERY_HIGH", "HIGH", "MIDDLE", "LOW"));
    }

    @Test
    void adminPublishesAVersionOnceAndItNeverChanges() {
        String version = "1." + (UUID.randomUUID().getMostSignificantBits() & 0x7fffffffL) % 1_000_000_000L;
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(framework(version)).post(FRAMEWORKS)
                .then().statusCode(201).header("Location", endsWith(FRAMEWORKS + "/OECD_DGI/" + version))
                .body("criteria[1].indicators[0].max", equalTo(4.0f));
        Map<String, Object> changed = framework(version);
        changed.put("name", "Changed");
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(changed).post(FRAMEWORKS)
                .then().spec(problem(409));
        given().auth().oauth2(Tokens.of("secretariat")).get(FRAMEWORKS + "/OECD_DGI/" + version)
                .then().statusCode(200).body("name", equalTo("OECD Digital Government Index style"));
    }

    @Test
    void invalidFrameworksNameEachProblem() {
        Map<String, Object> body = framework("bad");
        body.put("bands", List.of(Map.of("level", "HIGH", "min", 0.5)));
        body.put("criteria", List.of(Map.of("code", "DD", "name", "x", "indicators", List.of(
                Map.of("code", "DD1", "question", "q", "type", "SCALE"),
                Map.of("code", "DD1", "question", "q", "type", "BINARY", "weight", -1)))));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(body).post(FRAMEWORKS)
                .then().spec(problem(400))
                .body("violations.field", hasItems("bands", "criteria[0].indicators[0].max",
                        "criteria[0].indicators[1].code", "criteria[0].indicators[1].weight"));
        body = framework("bad2");
        body.put("aggregation", "MEDIAN");
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(body).post(FRAMEWORKS)
                .then().spec(problem(400)).body("violations[0].field", equalTo("aggregation"));
        body = framework("bad3");
        body.put("colour", "blue");
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(body).post(FRAMEWORKS)
                .then().spec(problem(400)).body("violations[0].field", equalTo("colour"));
    }

    @Test
    void onlyTheAdminPublishes() {
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(framework("x")).post(FRAMEWORKS)
                .then().spec(problem(403));
        given().contentType(ContentType.JSON).body(framework("x")).post(FRAMEWORKS).then().spec(problem(401));
        given().auth().oauth2(Tokens.of("admin")).get(FRAMEWORKS + "/LOSI/1999").then().spec(problem(404));
        given().auth().oauth2(Tokens.of("judge1")).get(FRAMEWORKS).then().spec(problem(403));
    }
}
