package org.wego.awards.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class CityResourceTest {

    private static final String CITIES = "/api/v1/awards/cities";

    @Test
    void staffSeeCitiesFedByMembershipEvents() {
        String code = "busan-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaProbe.send("it.wego.membership.events", code,
                KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "org.wego.membership.member.admitted.v1",
                        "members/" + code),
                "{\"code\":\"" + code + "\",\"name\":\"Busan\",\"country\":\"KR\",\"region\":\"ASIA\","
                        + "\"type\":\"ASSOCIATE\",\"joinedOn\":\"2010-05-01\"}");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("admin")).get(CITIES + "/" + code).then().statusCode(200));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("size", 100).get(CITIES)
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1));
    }

    @Test
    void anonymousGets401() {
        given().get(CITIES).then().spec(problem(401));
    }

    @Test
    void judgesOfficialsAndPartnersGet403() {
        given().auth().oauth2(Tokens.of("judge1")).get(CITIES).then().spec(problem(403));
        given().auth().oauth2(Tokens.of("official-seoul")).get(CITIES).then().spec(problem(403));
        given().auth().oauth2(Tokens.ofClient("undesa-feed", "undesa-feed-secret")).get(CITIES)
                .then().spec(problem(403));
    }

    @Test
    void unknownCityIs404Problem() {
        given().auth().oauth2(Tokens.of("admin")).get(CITIES + "/no-such-city").then().spec(problem(404));
    }
}
