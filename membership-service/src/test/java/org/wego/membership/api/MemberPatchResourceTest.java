package org.wego.membership.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.membership.api.MemberResourceTest.member;
import static org.wego.membership.api.MemberResourceTest.uniqueCode;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class MemberPatchResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    static String admitted() {
        String code = uniqueCode("patch");
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(member(code, "KR", "ASIA"))
                .post("/api/v1/membership/members").then().statusCode(201);
        return code;
    }

    static io.restassured.response.ValidatableResponse patch(String user, String code, String ifMatch, Object body) {
        var request = given().auth().oauth2(Tokens.of(user)).contentType(MERGE_PATCH).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.patch("/api/v1/membership/members/" + code).then();
    }

    @Test
    void mergePatchSetsAndRemovesFieldsBumpsTheEtagAndPublishesMemberUpdated() {
        String code = admitted();
        String etag = given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/membership/members/" + code)
                .then().statusCode(200).extract().header("ETag");
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", "Renamed City");
        body.put("website", null);
        patch("secretariat", code, etag, body)
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Renamed City"))
                .body("website", nullValue())
                .body("population", equalTo(9_700_000))
                .body("joinedOn", equalTo("2008-09-01"));

        ConsumerRecord<String, String> event = KafkaProbe.await("it.wego.membership.events",
                r -> code.equals(r.key()) && "org.wego.membership.member.updated.v1"
                        .equals(KafkaProbe.header(r, "ce_type").orElse("")), Duration.ofSeconds(20));
        assertTrue(event.value().contains("\"changedFields\":[\"name\",\"website\"]"), event.value());
    }

    @Test
    void staleIfMatchIs412AndNothingChanges() {
        String code = admitted();
        patch("secretariat", code, "\"0\"", Map.of("population", 1)).statusCode(200);
        patch("secretariat", code, "\"0\"", Map.of("population", 2)).spec(problem(412))
                .body("type", endsWith("/stale-version"));
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/membership/members/" + code)
                .then().body("population", equalTo(1));
        patch("secretariat", code, "yesterday", Map.of("population", 3)).spec(problem(400))
                .body("violations[0].field", equalTo("If-Match"));
        // A well-formed tag that is none of ours can never be current: the precondition fails, the syntax is fine.
        patch("secretariat", code, "\"stale-version-0\"", Map.of("population", 4)).spec(problem(412));
        patch("secretariat", code, "\"0\", W/\"1\"", Map.of("population", 5)).statusCode(200)
                .header("ETag", equalTo("\"2\""));
    }

    @Test
    void aPatchWithoutIfMatchIs428AndChangesNothing() {
        String code = admitted();
        patch("secretariat", code, null, Map.of("population", 7)).spec(problem(428))
                .body("type", endsWith("/precondition-required"));
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/membership/members/" + code)
                .then().body("population", equalTo(9_700_000)).header("ETag", equalTo("\"0\""));
        patch("secretariat", code, "*", Map.of("population", 7)).statusCode(200).body("population", equalTo(7));
    }

    @Test
    void officialsKeepTheirOwnCityCurrentButNotTheSecretariatsRecord() {
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(member("seoul", "KR", "ASIA"))
                .post("/api/v1/membership/members"); // 201 or 409
        patch("official-seoul", "seoul", "*", Map.of("population", 9_386_034, "website", "https://www.seoul.go.kr"))
                .statusCode(200).body("population", equalTo(9_386_034));
        patch("official-seoul", "seoul", null, Map.of("name", "Seoul Special City", "type", "ASSOCIATE"))
                .spec(problem(403)).body("detail", containsString("name, type"));
        patch("official-nairobi", "seoul", null, Map.of("population", 1)).spec(problem(403));
        patch("judge1", "seoul", null, Map.of("population", 1)).spec(problem(403));
    }

    @Test
    void codeAndJoinDateNeverChange() {
        String code = admitted();
        patch("admin", code, null, Map.of("joinedOn", "2010-01-01")).spec(problem(422))
                .body("type", endsWith("/immutable-field"));
        patch("admin", code, null, Map.of("code", "another-code")).spec(problem(422));
    }

    @Test
    void invalidPatchesNameTheField() {
        String code = admitted();
        patch("admin", code, null, Map.of("country", "XX")).spec(problem(400))
                .body("violations.field", hasItems("country"));
        patch("admin", code, null, Map.of("mayor", "Someone")).spec(problem(400))
                .body("violations[0].field", equalTo("mayor"));
        patch("admin", code, null, Map.of("population", "many")).spec(problem(400))
                .body("violations[0].field", equalTo("population"));
        java.util.Map<String, Object> removeRequired = new java.util.HashMap<>();
        removeRequired.put("region", null);
        patch("admin", code, null, removeRequired).spec(problem(400)).body("violations[0].field", equalTo("region"));
        patch("admin", code, null, "[1, 2]").spec(problem(400));
    }

    @Test
    void plainJsonIsAcceptedTooAndUnknownMembersAre404() {
        String code = admitted();
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(Map.of("population", 42))
                .header("If-Match", "\"0\"").patch("/api/v1/membership/members/" + code).then().statusCode(200).body("population", equalTo(42));
        patch("admin", "no-such-member", null, Map.of("population", 1)).spec(problem(404));
        given().contentType(MERGE_PATCH).body(Map.of("population", 1)).patch("/api/v1/membership/members/" + code)
                .then().spec(problem(401));
    }
}
