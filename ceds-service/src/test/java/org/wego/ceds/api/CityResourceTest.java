package org.wego.ceds.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.wego.testsupport.Problems.problem;

/** Uses the demo officials' cities (seoul, nairobi), admitted here through membership events. */
@QuarkusTest
class CityResourceTest {

    private static final String CITIES = "/api/v1/ceds/cities";

    @BeforeAll
    static void citiesExist() {
        for (String[] city : new String[][]{{"seoul", "Seoul", "KR", "ASIA"}, {"nairobi", "Nairobi", "KE", "AFRICA"}}) {
            KafkaProbe.send("it.wego.membership.events", city[0],
                    KafkaProbe.cloudEvent(UUID.randomUUID().toString(), "org.wego.membership.member.admitted.v1",
                            "members/" + city[0]),
                    "{\"code\":\"" + city[0] + "\",\"name\":\"" + city[1] + "\",\"country\":\"" + city[2]
                            + "\",\"region\":\"" + city[3] + "\",\"type\":\"FULL\",\"joinedOn\":\"2008-09-01\"}");
        }
    }

    @Test
    void officialSeesOwnCity() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("official-seoul")).get(CITIES + "/seoul")
                        .then().statusCode(200).body("name", equalTo("Seoul")).body("country", equalTo("KR")));
    }

    @Test
    void officialOfAnotherCityIsRefused() {
        given().auth().oauth2(Tokens.of("official-nairobi")).get(CITIES + "/seoul")
                .then().spec(problem(403)).body("detail", containsString("nairobi"));
        // Not even whether a city exists leaks to another city's official.
        given().auth().oauth2(Tokens.of("official-nairobi")).get(CITIES + "/no-such-city").then().spec(problem(403));
    }

    @Test
    void staffSeeAnyCityAndTheList() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of("secretariat")).get(CITIES + "/nairobi").then().statusCode(200));
        given().auth().oauth2(Tokens.of("admin")).get(CITIES).then().statusCode(200);
    }

    @Test
    void officialsCannotListAllCities() {
        given().auth().oauth2(Tokens.of("official-seoul")).get(CITIES).then().spec(problem(403));
    }

    @Test
    void anonymousAndPartnersAreRefused() {
        given().get(CITIES + "/seoul").then().spec(problem(401));
        given().auth().oauth2(Tokens.ofClient("worldbank-feed", "worldbank-feed-secret")).get(CITIES + "/seoul")
                .then().spec(problem(403));
    }
}
