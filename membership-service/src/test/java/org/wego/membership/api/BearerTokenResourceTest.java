package org.wego.membership.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KeycloakAdmin;
import org.wego.testsupport.Tokens;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.wego.membership.api.MemberResourceTest.member;
import static org.wego.testsupport.Problems.problem;

/**
 * Bearer tokens are verified once and then answered from wego-web's verified-token cache: what the cache answers must
 * be exactly what a fresh verification would — same roles, same city, nothing for an altered token, nothing once the
 * token has expired.
 */
@QuarkusTest
class BearerTokenResourceTest {

    private static final String SEOUL = "/api/v1/membership/members/seoul";

    @Test
    void aTokenAnsweredFromTheCacheKeepsItsRolesAndItsCity() {
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(member("seoul", "KR", "ASIA"))
                .post("/api/v1/membership/members"); // 201 or 409: seoul must exist
        String official = Tokens.of("official-seoul");
        for (int i = 0; i < 3; i++) { // the first request verifies the token, the others find it verified
            given().auth().oauth2(official).get(SEOUL).then().statusCode(200);
            given().auth().oauth2(official).get("/api/v1/membership/members").then().spec(problem(403));
            given().auth().oauth2(Tokens.of("official-nairobi")).get(SEOUL).then().spec(problem(403));
        }
    }

    @Test
    void aVerifiedTokenWithAnAlteredSignatureIsRefused() {
        String token = Tokens.of("secretariat");
        given().auth().oauth2(token).get(SEOUL).then().statusCode(200);
        char last = token.charAt(token.length() - 2);
        String altered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        given().auth().oauth2(altered).get(SEOUL).then().spec(problem(401));
        given().auth().oauth2(token + "x").get(SEOUL).then().spec(problem(401));
        given().auth().oauth2(token).get(SEOUL).then().statusCode(200);
    }

    @Test
    void aVerifiedTokenIsRefusedOnceItHasExpired() {
        KeycloakAdmin.ensureShortLivedClient("it-expiring-3s", 3);
        String shortLived = KeycloakAdmin.tokenVia("it-expiring-3s", "secretariat");
        given().auth().oauth2(shortLived).get(SEOUL).then().statusCode(200);
        given().auth().oauth2(shortLived).get(SEOUL).then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(shortLived).get(SEOUL).statusCode() == 401);
        given().auth().oauth2(shortLived).get(SEOUL).then().spec(problem(401));
    }
}
