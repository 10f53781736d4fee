package org.wego.gateway.edge;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.wego.gateway.routing.EchoUpstream;
import org.wego.testsupport.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
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
    void oversizedRequestsAreRefusedWithProblemsPerRoute() {
        String body = "{\"x\":\"" + "a".repeat(1_500_000) + "\"}";
        // 1.5 MB is over membership's 1M limit but within awards' 2M: the limit is per route.
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/membership/members").then().spec(problem(413))
                .body("detail", containsString("1048576"));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(body)
                .put("/api/v1/knowledge/resources/x1").then().statusCode(200).body("method", equalTo("PUT"));
        // Checked before authentication: an anonymous flood of large bodies costs no token validation.
        given().contentType(ContentType.JSON).body(body).post("/api/v1/membership/members").then().spec(problem(413));
        given().get("/api/v1/membership/directory?q=" + "a".repeat(9000)).then().spec(problem(414));
        given().header("X-Padding", "b".repeat(17_000)).get("/api/v1/membership/directory").then().spec(problem(431));
    }

    @Test
    void everyAnswerCarriesSecurityHeaders() {
        for (var response : java.util.List.of(given().get("/api/v1/membership/directory"),
                given().get("/api/v1/membership/members"), given().get("/docs/"))) {
            response.then()
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Strict-Transport-Security", containsString("max-age="));
        }
    }

    @Test
    void portalServesItsPageSwaggerUiAndTheAsyncApiDocument() {
        given().redirects().follow(false).get("/docs").then().statusCode(302).header("Location", endsWith("/docs/"));
        given().get("/docs/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("swagger-ui-bundle.js"), not(containsString("${")));
        String page = given().get("/docs/").asString();
        String bundle = page.replaceAll("(?s).*src=\"(/webjars/swagger-ui/[^\"]+/swagger-ui-bundle.js)\".*", "$1");
        given().get(bundle).then().statusCode(200).contentType(containsString("javascript"));
        given().get("/asyncapi.json").then().statusCode(200)
                .body("asyncapi", equalTo("3.0.0"))
                .body("channels.membershipEvents.address", equalTo("wego.membership.events"));
        given().get("/asyncapi.yaml").then().statusCode(200).body(startsWith("asyncapi: 3.0.0"));
    }
}
