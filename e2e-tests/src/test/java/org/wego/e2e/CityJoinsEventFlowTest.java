package org.wego.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A state change in one service reaches the others only through Kafka: membership admits a city, and the awards,
 * CeDS and knowledge services each build their own view of it from the member.admitted CloudEvent.
 */
class CityJoinsEventFlowTest {

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
    }

    @Test
    void admittedCityAppearsInAwardsCedsAndKnowledge() {
        String code = "flow-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Flow City", "country", "MN", "region", "ASIA", "type", "FULL",
                        "joinedOn", "2011-10-01", "foundingMember", false))
                .post("/api/v1/membership/members").then().statusCode(201);

        String admin = Tokens.of("admin");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            given().auth().oauth2(admin).get("/api/v1/awards/cities/" + code)
                    .then().statusCode(200).body("country", equalTo("MN")).body("revision", equalTo(1));
            given().auth().oauth2(admin).get("/api/v1/ceds/cities/" + code)
                    .then().statusCode(200).body("name", equalTo("Flow City"));
            given().get("/api/v1/knowledge/directory/" + code)
                    .then().statusCode(200).body("joinedOn", equalTo("2011-10-01"));
        });
    }

    @Test
    void cityOfficialActsOnlyForOwnCityAcrossTheStack() {
        // seoul is admitted by the demo data loader or an earlier run; make sure it exists (409 if it does).
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON)
                .body(Map.of("code", "seoul", "name", "Seoul", "country", "KR", "region", "ASIA", "type", "FULL",
                        "joinedOn", "2008-09-01", "foundingMember", true))
                .post("/api/v1/membership/members");
        String official = Tokens.of("official-seoul");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(official).get("/api/v1/ceds/cities/seoul").then().statusCode(200));
        given().auth().oauth2(Tokens.of("official-nairobi")).get("/api/v1/ceds/cities/seoul")
                .then().statusCode(403);
    }
}
