package org.wego.gateway.edge;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.wego.gateway.routing.EchoUpstream;
import org.wego.testsupport.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.wego.testsupport.Problems.problem;

/** Quotas with small limits (own profile, so the other gateway tests keep the defaults). */
@QuarkusTest
@WithTestResource(EchoUpstream.class)
@TestProfile(RateLimitsTest.SmallLimits.class)
class RateLimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wego.gateway.rate-limit.anonymous.rate", "0.2", "wego.gateway.rate-limit.anonymous.burst", "3",
                    "wego.gateway.rate-limit.authenticated.rate", "0.2", "wego.gateway.rate-limit.authenticated.burst", "4");
        }
    }

    @Test
    void anonymousCallersGetTheirBurstThen429WithRetryAfter() {
        for (int i = 2; i >= 0; i--) {
            given().get("/api/v1/membership/directory").then().statusCode(200)
                    .header("RateLimit-Limit", "3").header("RateLimit-Remaining", Integer.toString(i));
        }
        Response refused = given().get("/api/v1/membership/directory");
        refused.then().spec(problem(429)).body("detail", org.hamcrest.Matchers.containsString("Rate limit"));
        assertNotNull(refused.header("Retry-After"));
        assertEquals("0", refused.header("RateLimit-Remaining"));
    }

    @Test
    void eachCityAndEachClientHasItsOwnBucket() {
        String seoul = Tokens.of("official-seoul");
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(seoul).get("/api/v1/ceds/cities/seoul").then().statusCode(200);
        }
        given().auth().oauth2(seoul).get("/api/v1/ceds/cities/seoul").then().spec(problem(429));
        // Another city's official, and a partner's service account, are not affected.
        given().auth().oauth2(Tokens.of("official-nairobi")).get("/api/v1/ceds/cities/nairobi").then().statusCode(200)
                .header("RateLimit-Remaining", equalTo("3"));
        given().auth().oauth2(Tokens.ofClient("undesa-feed", "undesa-feed-secret")).get("/api/v1/ceds/sdmx/data/CEDS_LOSI")
                .then().statusCode(200);
    }
}
