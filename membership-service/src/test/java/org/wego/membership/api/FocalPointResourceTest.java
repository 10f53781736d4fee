package org.wego.membership.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class FocalPointResourceTest {

    static String admitted() {
        String code = MemberResourceTest.uniqueCode("focal");
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON)
                .body(MemberResourceTest.member(code, "KE", "AFRICA")).post("/api/v1/membership/members")
                .then().statusCode(201);
        return code;
    }

    static io.restassured.response.ValidatableResponse appoint(String user, String code, String role, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .put("/api/v1/membership/members/" + code + "/focal-points/" + role).then();
    }

    @Test
    void aNewMayorEndsThePreviousTermAndHistoryAnswersForAnyDate() {
        String code = admitted();
        appoint("secretariat", code, "MAYOR", Map.of("name", "Evans Kidero", "since", "2013-03-28")).statusCode(200);
        appoint("secretariat", code, "mayor", Map.of("name", "Mike Sonko", "since", "2017-08-21",
                "email", "governor@nairobi.example")).statusCode(200).body("until", equalTo(null));
        appoint("secretariat", code, "CIO", Map.of("name", "Jane Doe", "title", "Chief Information Officer",
                "since", "2015-01-05")).statusCode(200);

        given().auth().oauth2(Tokens.of("secretariat")).queryParam("asOf", "2016-06-01")
                .get("/api/v1/membership/members/" + code + "/focal-points")
                .then().statusCode(200).body("name", hasItems("Evans Kidero", "Jane Doe"));
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/membership/members/" + code + "/focal-points/history")
                .then().statusCode(200)
                .body("findAll { it.role == 'MAYOR' }.name", contains("Evans Kidero", "Mike Sonko"))
                .body("findAll { it.role == 'MAYOR' }.until", contains("2017-08-20", null));
    }

    @Test
    void termsAreInOrderAndFieldsValid() {
        String code = admitted();
        appoint("secretariat", code, "CONTACT", Map.of("name", "A", "since", "2020-01-01")).statusCode(200);
        appoint("secretariat", code, "CONTACT", Map.of("name", "B", "since", "2019-01-01")).spec(problem(422))
                .body("type", endsWith("/term-out-of-order"));
        appoint("secretariat", code, "TREASURER", Map.of("name", "C", "since", "2021-01-01")).spec(problem(400))
                .body("violations[0].field", equalTo("role"));
        appoint("secretariat", code, "CONTACT", Map.of("name", "", "since", "2021-01-01", "email", "nope"))
                .spec(problem(400)).body("violations.field", hasItems("name", "email"));
    }

    @Test
    void officialsKeepTheirOwnFocalPointsOnly() {
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON)
                .body(MemberResourceTest.member("seoul", "KR", "ASIA")).post("/api/v1/membership/members");
        // The test database keeps earlier runs' terms: start the new one the day after the latest.
        java.util.List<String> starts = given().auth().oauth2(Tokens.of("official-seoul"))
                .get("/api/v1/membership/members/seoul/focal-points/history")
                .then().statusCode(200).extract().path("findAll { it.role == 'CONTACT' }.since");
        String since = starts.stream().map(java.time.LocalDate::parse).max(java.util.Comparator.naturalOrder())
                .map(d -> d.plusDays(1)).orElse(java.time.LocalDate.parse("2024-01-01")).toString();
        String name = "Seoul contact " + since;
        appoint("official-seoul", "seoul", "CONTACT", Map.of("name", name, "since", since)).statusCode(200);
        given().auth().oauth2(Tokens.of("official-seoul")).queryParam("asOf", since)
                .get("/api/v1/membership/members/seoul/focal-points")
                .then().statusCode(200).body("findAll { it.role == 'CONTACT' }.name", contains(name))
                .body("findAll { it.role == 'CONTACT' }.recordedBy", contains("official-seoul"));
        appoint("official-nairobi", "seoul", "CONTACT", Map.of("name", "X", "since", since)).spec(problem(403));
        given().auth().oauth2(Tokens.of("official-nairobi")).get("/api/v1/membership/members/seoul/focal-points/history")
                .then().spec(problem(403));
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/membership/members/no-such/focal-points/history")
                .then().spec(problem(404));
    }
}
