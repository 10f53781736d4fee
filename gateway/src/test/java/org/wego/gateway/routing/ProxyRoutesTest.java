package org.wego.gateway.routing;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Tokens;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
@WithTestResource(EchoUpstream.class)
class ProxyRoutesTest {

    @Test
    void publicReadIsForwardedWithoutToken() {
        given().get("/api/v1/membership/directory?region=ASIA")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/v1/membership/directory?region=ASIA"))
                .body("headers.authorization", nullValue());
    }

    @Test
    void anyoneMayApplyButReadingApplicationsNeedsAToken() {
        given().contentType(ContentType.JSON).body("{\"code\":\"new-city\"}").post("/api/v1/membership/applications")
                .then().statusCode(200).body("method", equalTo("POST"));
        given().get("/api/v1/membership/applications").then().spec(problem(401));
    }

    @Test
    void protectedRouteWithoutTokenIsRefusedAtTheEdge() {
        given().get("/api/v1/membership/members").then().spec(problem(401));
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/membership/members")
                .then().spec(problem(401)).header("WWW-Authenticate", containsString("Bearer"));
        given().get("/api/v1/ceds/cities/seoul").then().spec(problem(401));
    }

    @Test
    void tamperedOrForeignTokenIsRefused() {
        String token = Tokens.of("admin");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        given().auth().oauth2(tampered).get("/api/v1/ceds/cities/seoul").then().spec(problem(401));
        given().auth().oauth2("not-a-jwt").get("/api/v1/ceds/cities/seoul").then().spec(problem(401));
    }

    @Test
    void validTokenRequestIsForwardedWithBodyAndForwardingHeaders() {
        String token = Tokens.of("secretariat");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("X-Request-Id", "partner-trace-0042")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .body("{\"code\":\"seoul\"}")
                .post("/api/v1/membership/members")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("partner-trace-0042"))
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"code\":\"seoul\"}"))
                .body("headers.authorization", equalTo("Bearer " + token))
                .body("headers.x-request-id", equalTo("partner-trace-0042"))
                .body("headers.x-forwarded-for", notNullValue())
                .body("headers.x-forwarded-proto", equalTo("http"))
                .body("headers.proxy-authorization", nullValue());
    }

    @Test
    void malformedRequestIdIsReplaced() {
        given().header("X-Request-Id", "bad id\twith spaces").get("/api/v1/knowledge/directory")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("headers.x-request-id", matchesPattern("[0-9a-f-]{36}"))
                .body("headers.x-request-id", not(containsString(" ")));
    }

    @Test
    void upstreamDownIs503Problem() {
        given().auth().oauth2(Tokens.of("admin")).get("/api/v1/awards/cities")
                .then().spec(problem(503)).body("detail", containsString("awards"));
    }

    @Test
    void onlyIdempotentMethodsAreRetriedWhenTheUpstreamCannotBeReached() {
        String admin = Tokens.of("admin");
        given().auth().oauth2(admin).get("/api/v1/awards/editions/x1/entries")
                .then().spec(problem(503)).body("detail", containsString("3 attempt(s)"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}").put("/api/v1/awards/entries/x1")
                .then().spec(problem(503)).body("detail", containsString("3 attempt(s)"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}").post("/api/v1/awards/editions/x1/entries")
                .then().spec(problem(503)).body("detail", containsString("1 attempt(s)"));
    }

    @Test
    void circuitBreakerOpensOnAFailingUpstreamAndClosesWhenItRecovers() {
        String admin = Tokens.of("admin");
        given().auth().oauth2(admin).get("/api/v1/knowledge/flaky-switch?flaky=down").then().statusCode(200);
        try {
            // Window of 4 calls, half failing opens it: the upstream's own 503s are relayed while it is judged.
            for (int i = 0; i < 4; i++) {
                given().auth().oauth2(admin).get("/api/v1/flaky/items").then().statusCode(503)
                        .body(equalTo("flaky is down"));
            }
            given().auth().oauth2(admin).get("/api/v1/flaky/items").then().spec(problem(503))
                    .header("Retry-After", equalTo("1"))
                    .body("detail", containsString("circuit open"));
        } finally {
            given().auth().oauth2(admin).get("/api/v1/knowledge/flaky-switch?flaky=up").then().statusCode(200);
        }
        // After the breaker's delay a probe goes through, succeeds, and the route is closed again.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().auth().oauth2(admin).get("/api/v1/flaky/items").then().statusCode(200)
                        .body("uri", equalTo("/api/v1/flaky/items")));
        given().auth().oauth2(admin).get("/api/v1/flaky/items").then().statusCode(200);
    }

    @Test
    void silentUpstreamIs504Problem() {
        given().auth().oauth2(Tokens.of("admin")).get("/api/v1/ceds/slow")
                .then().spec(problem(504));
    }

    @Test
    void readinessSaysWhichUpstreamIsDown() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.membership", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.awards", containsString("DOWN"))
                .body("checks.find { it.name == 'upstreams' }.data.degraded", equalTo(true))
                .body("checks.find { it.name == 'upstreams' }.data.down", equalTo("awards"));
    }

    @Test
    void everyProxiedRequestIsCountedPerRouteAndStatus() {
        given().get("/api/v1/membership/directory").then().statusCode(200);
        given().get("/q/metrics").then().spec(problem(401));
        given().auth().oauth2(Tokens.of("secretariat")).get("/q/metrics").then().spec(problem(403));
        given().auth().oauth2(Tokens.of("admin")).get("/q/metrics").then().statusCode(200)
                .body(containsString("wego_gateway_requests_seconds_count{method=\"GET\",route=\"membership\",status=\"200\"}"));
    }
}
