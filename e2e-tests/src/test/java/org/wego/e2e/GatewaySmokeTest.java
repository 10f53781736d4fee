package org.wego.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.wego.testsupport.Problems.problem;

/** The running stack through the gateway, with tokens from the real Keycloak. */
class GatewaySmokeTest {

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
    }

    static String admin() {
        return Tokens.of("admin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/membership/members", "/api/v1/membership/stats", "/api/v1/awards/cities",
            "/api/v1/ceds/cities", "/api/v1/knowledge/directory/status"})
    void protectedReadsAre401WithoutTokenAnd200WithOne(String path) {
        given().get(path).then().spec(problem(401));
        given().auth().oauth2(admin()).get(path).then().statusCode(200);
    }

    @Test
    void membershipWriteIs401WithoutTokenAnd201WithOne() {
        String code = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("code", code, "name", "E2E City", "country", "KR", "region", "ASIA",
                "type", "FULL", "joinedOn", "2015-01-01");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/membership/members").then().spec(problem(401));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/membership/members")
                .then().statusCode(201)
                // The service builds Location from the forwarded host: clients see the gateway, not the service.
                .header("Location", startsWith(Stack.gatewayUrl() + "/api/v1/membership/members/" + code));
    }

    @Test
    void publicDirectoryNeedsNoToken() {
        given().get("/api/v1/membership/directory").then().statusCode(200);
        given().get("/api/v1/knowledge/directory").then().statusCode(200);
        given().get("/api/v1/membership/members").then().spec(problem(401));
    }

    @Test
    void partnerServiceAccountReadsPublicDataButCannotWrite() {
        String partner = Tokens.ofClient("undesa-feed", "undesa-feed-secret");
        given().auth().oauth2(partner).get("/api/v1/membership/directory").then().statusCode(200);
        given().auth().oauth2(partner).get("/api/v1/membership/stats").then().statusCode(200)
                .body("byRegion.size()", equalTo(6));
        given().auth().oauth2(partner).get("/api/v1/membership/members").then().spec(problem(403));
        given().auth().oauth2(partner).contentType(ContentType.JSON)
                .body(Map.of("code", "x-partner", "name", "X", "country", "KR", "region", "ASIA", "type", "FULL",
                        "joinedOn", "2015-01-01"))
                .post("/api/v1/membership/members").then().spec(problem(403));
        given().auth().oauth2(partner).get("/api/v1/awards/cities").then().spec(problem(403));
    }

    @Test
    void requestIdTravelsFromClientThroughGatewayToServiceErrors() {
        given().header("X-Request-Id", "e2e-trace-000123").get("/api/v1/knowledge/directory/nowhere-at-all")
                .then().spec(problem(404))
                .header("X-Request-Id", equalTo("e2e-trace-000123"))
                .body("requestId", equalTo("e2e-trace-000123"));
    }

    @Test
    void serviceRejectsBadInputBehindTheGatewayAsProblemJson() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"code\":42")
                .post("/api/v1/membership/members").then().spec(problem(400));
    }
}
