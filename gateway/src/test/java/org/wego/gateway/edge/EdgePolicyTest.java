package org.wego.gateway.edge;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.wego.gateway.routing.EchoUpstream;
import org.wego.testsupport.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.wego.testsupport.Problems.problem;

/** Coarse RBAC per route and method, CORS and size limits, all from configuration, against an echo upstream. */
@QuarkusTest
@WithTestResource(EchoUpstream.class)
class EdgePolicyTest {

    /** The awards route points at a port nobody listens on: 503 means "passed the edge, upstream absent". */
    @Test
    void rolesPerRouteAndMethodAreCheckedAtTheEdge() {
        String official = Tokens.of("official-seoul");
        given().auth().oauth2(official).contentType(ContentType.JSON).body("{}").post("/api/v1/awards/editions")
                .then().spec(problem(403));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body("{}").post("/api/v1/awards/editions")
                .then().spec(problem(503));
        // An official enters (POST under an edition) and reads; only the staff-only sub-routes are refused.
        given().auth().oauth2(official).contentType(ContentType.JSON).body("{}").post("/api/v1/awards/editions/e1/entries")
                .then().spec(problem(503));
        given().auth().oauth2(official).contentType(ContentType.JSON).body("{}").post("/api/v1/awards/editions/e1/phase")
                .then().spec(problem(403));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body("{}").post("/api/v1/awards/editions/e1/results")
                .then().spec(problem(403));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body("{}").post("/api/v1/awards/editions/e1/results")
                .then().spec(problem(503));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body("{}").post("/api/v1/ceds/frameworks")
                .then().statusCode(200).body("method", equalTo("POST"));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body("{}").post("/api/v1/ceds/frameworks")
                .then().spec(problem(403));
        given().auth().oauth2(official).get("/api/v1/ceds/sdmx/data/CEDS_LOSI").then().spec(problem(403));
        given().auth().oauth2(Tokens.ofClient("worldbank-feed", "worldbank-feed-secret")).get("/api/v1/ceds/sdmx/data/CEDS_LOSI")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.ofClient("worldbank-feed", "worldbank-feed-secret")).contentType(ContentType.JSON)
                .body("{}").post("/api/v1/knowledge/resources").then().spec(problem(403));
        given().auth().oauth2(Tokens.of("judge1")).contentType(ContentType.JSON).body("{}").post("/api/v1/membership/members")
                .then().spec(problem(403));
        // Other methods of the same paths keep the plain "authenticated" rule (the service decides who reads).
        given().auth().oauth2(Tokens.of("judge1")).get("/api/v1/membership/members").then().statusCode(200);
        given().auth().oauth2(Tokens.of("judge1")).get("/api/v1/ceds/frameworks").then().statusCode(200);
        given().auth().oauth2(Tokens.of("judge1")).get("/api/v1/awards/editions/e1/assignments").then().spec(problem(503));
        given().get("/api/v1/ceds/frameworks").then().spec(problem(401));
    }

    @Test
    void corsOnlyForConfiguredOrigins() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/membership/members")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Max-Age", "86400")
                .header("Access-Control-Allow-Methods", containsString("PATCH"));
        given().header("Origin", "http://localhost:5173").get("/api/v1/membership/directory")
                .then().statusCode(200).header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/membership/members")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").get("/api/v1/membership/directory")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void oversizedRequestsAreRefused() {
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body("{\"x\":\"" + "a".repeat(3_000_000) + "\"}")
                .post("/api/v1/membership/members").then().statusCode(413);
        given().get("/api/v1/membership/directory?q=" + "a".repeat(9000)).then().statusCode(414);
    }
}
