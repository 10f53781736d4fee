package org.wego.gateway.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.wego.gateway.routing.EchoUpstream;
import org.wego.testsupport.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.wego.testsupport.Problems.problem;

/** With an allow-list of authorized parties, a valid realm token issued to another client is refused. */
@QuarkusTest
@WithTestResource(EchoUpstream.class)
@TestProfile(AuthorizedPartyTest.FeedsOnly.class)
class AuthorizedPartyTest {

    public static class FeedsOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wego.gateway.allowed-clients", "undesa-feed,worldbank-feed");
        }
    }

    @Test
    void tokenOfAClientOutsideTheAllowListIsRefused() {
        given().auth().oauth2(Tokens.of("admin")).get("/api/v1/membership/members").then().spec(problem(401));
    }

    @Test
    void tokenOfAnAllowedClientPasses() {
        String feed = Tokens.ofClient("undesa-feed", "undesa-feed-secret");
        given().auth().oauth2(feed).get("/api/v1/membership/members").then().statusCode(200)
                .body("method", equalTo("GET"));
    }
}
