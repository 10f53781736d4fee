package org.wego.membership.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.wego.membership.events.StandingReconciler;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class MemberResourceTest {

    private static final String MEMBERS = "/api/v1/membership/members";

    @Inject
    EntityManager em;

    @Inject
    StandingReconciler reconciler;

    static String uniqueCode(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> member(String code, String country, String region) {
        return Map.of("code", code, "name", "City " + code, "country", country, "region", region, "type", "FULL",
                "population", 9_700_000, "website", "https://" + code + ".example", "foundingMember", true,
                "joinedOn", "2008-09-01");
    }

    @Test
    void secretariatAdmitsMemberAndMemberAdmittedCloudEventIsPublished() {
        String code = uniqueCode("seoul");
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(member(code, "KR", "ASIA"))
                .when().post(MEMBERS)
                .then().statusCode(201)
                .header("Location", endsWith(MEMBERS + "/" + code))
                .header("ETag", notNullValue())
                .body("code", equalTo(code))
                .body("joinedOn", equalTo("2008-09-01"));

        ConsumerRecord<String, String> event = KafkaProbe.await("it.wego.membership.events",
                r -> code.equals(r.key()), Duration.ofSeconds(20));
        assertEquals("1.0", KafkaProbe.header(event, "ce_specversion").orElseThrow());
        assertEquals("org.wego.membership.member.admitted.v1", KafkaProbe.header(event, "ce_type").orElseThrow());
        assertEquals("/wego/membership-service", KafkaProbe.header(event, "ce_source").orElseThrow());
        assertEquals("members/" + code, KafkaProbe.header(event, "ce_subject").orElseThrow());
        assertTrue(KafkaProbe.header(event, "ce_id").orElseThrow().matches("[0-9a-f-]{36}"));
        assertTrue(KafkaProbe.header(event, "ce_time").isPresent());
        assertTrue(KafkaProbe.header(event, "content-type").orElseThrow().startsWith("application/json"));
        assertTrue(event.value().contains("\"code\":\"" + code + "\""), event.value());
        assertTrue(event.value().contains("\"joinedOn\":\"2008-09-01\""), event.value());
    }

    @Test
    void admittedMemberIsActiveFromItsJoinDateAndListedForStaff() {
        String code = uniqueCode("nairobi");
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(member(code, "KE", "AFRICA"))
                .post(MEMBERS).then().statusCode(201).body("status", equalTo("ACTIVE"));

        given().auth().oauth2(Tokens.of("secretariat")).when().get(MEMBERS + "/" + code)
                .then().statusCode(200).body("name", equalTo("City " + code)).body("region", equalTo("AFRICA"))
                .body("status", equalTo("ACTIVE"));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("asOf", "2008-08-31").get(MEMBERS + "/" + code)
                .then().statusCode(200).body("status", nullValue()).body("statusAsOf", equalTo("2008-08-31"));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("country", "KE").queryParam("size", 100)
                .when().get(MEMBERS)
                .then().statusCode(200)
                .body("items.code", hasItem(code))
                .body("items.country", everyItem(equalTo("KE")))
                .body("size", equalTo(100));
    }

    @Test
    void fullRecordIsForStaffAndTheMembersOwnOfficialsOnly() {
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(member("seoul", "KR", "ASIA"))
                .post(MEMBERS); // 201 or 409: seoul must exist
        given().auth().oauth2(Tokens.of("official-seoul")).get(MEMBERS + "/seoul").then().statusCode(200);
        given().auth().oauth2(Tokens.of("official-nairobi")).get(MEMBERS + "/seoul").then().spec(problem(403));
        given().auth().oauth2(Tokens.ofClient("undesa-feed", "undesa-feed-secret")).get(MEMBERS + "/seoul")
                .then().spec(problem(403));
        given().get(MEMBERS + "/seoul").then().spec(problem(401));
        given().auth().oauth2(Tokens.of("official-seoul")).get(MEMBERS).then().spec(problem(403));
    }

    @Test
    void listFiltersByNameStatusAndSorts() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (String city : new String[]{"Alpha", "Beta", "Gamma"}) {
            Map<String, Object> body = new java.util.HashMap<>(member(uniqueCode("sort"), "MN", "ASIA"));
            body.put("name", city + " " + tag);
            given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(body).post(MEMBERS)
                    .then().statusCode(201);
        }
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("q", tag.toUpperCase()).queryParam("sort", "-name")
                .queryParam("status", "ACTIVE").get(MEMBERS)
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.name", org.hamcrest.Matchers.contains("Gamma " + tag, "Beta " + tag, "Alpha " + tag));
        // A page carries the total; so does a page past the last one, which has no row to carry it.
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("q", tag).queryParam("size", 2).queryParam("page", 1)
                .get(MEMBERS).then().statusCode(200).body("total", equalTo(3)).body("items.name", hasSize(1));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("q", tag).queryParam("size", 2).queryParam("page", 5)
                .get(MEMBERS).then().statusCode(200).body("total", equalTo(3)).body("items", hasSize(0));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("q", tag).queryParam("status", "WITHDRAWN")
                .get(MEMBERS).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("q", "100%_" + tag).get(MEMBERS)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("sort", "population").get(MEMBERS)
                .then().spec(problem(400)).body("violations[0].field", equalTo("sort"));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("asOf", "31/03/2016").get(MEMBERS)
                .then().spec(problem(400)).body("violations[0].field", equalTo("asOf"));
    }

    @Test
    void anonymousCannotAdmit() {
        given().contentType(ContentType.JSON).body(member(uniqueCode("x"), "KR", "ASIA"))
                .when().post(MEMBERS)
                .then().spec(problem(401)).header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void cityOfficialCannotAdmit() {
        given().auth().oauth2(Tokens.of("official-seoul")).contentType(ContentType.JSON)
                .body(member(uniqueCode("x"), "KR", "ASIA"))
                .when().post(MEMBERS)
                .then().spec(problem(403));
    }

    @Test
    void tamperedTokenIsRejected() {
        String token = Tokens.of("admin");
        String tampered = token.substring(0, token.length() - 6) + (token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
        given().auth().oauth2(tampered).contentType(ContentType.JSON).body(member(uniqueCode("x"), "KR", "ASIA"))
                .when().post(MEMBERS)
                .then().spec(problem(401));
    }

    @Test
    void invalidFieldsAreNamedAndNothingIsStored() {
        String code = "Not A Slug";
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .header("X-Request-Id", "partner-req-0001")
                .body(Map.of("code", code, "name", "", "country", "XX", "type", "FULL", "joinedOn", "2008-09-01"))
                .when().post(MEMBERS)
                .then().spec(problem(400))
                .body("requestId", equalTo("partner-req-0001"))
                .body("instance", equalTo(MEMBERS))
                .body("violations.field", hasItem("code"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("country"))
                .body("violations.field", hasItem("region"));
        given().auth().oauth2(Tokens.of("admin")).get(MEMBERS + "/" + code).then().spec(problem(404));
    }

    @Test
    void malformedJsonGets400() {
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body("{\"code\": ")
                .when().post(MEMBERS)
                .then().spec(problem(400));
    }

    @Test
    void wrongTypeAndUnknownFieldAreNamed() {
        Map<String, Object> body = new java.util.HashMap<>(member(uniqueCode("x"), "KR", "ASIA"));
        body.put("joinedOn", "first of May");
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(body)
                .when().post(MEMBERS)
                .then().spec(problem(400)).body("violations[0].field", equalTo("joinedOn"));

        body = new java.util.HashMap<>(member(uniqueCode("x"), "KR", "ASIA"));
        body.put("mayor", "someone");
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(body)
                .when().post(MEMBERS)
                .then().spec(problem(400)).body("violations[0].field", equalTo("mayor"));
    }

    @Test
    void duplicateCodeIsAConflict() {
        String code = uniqueCode("madrid");
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(member(code, "ES", "EUROPE"))
                .post(MEMBERS).then().statusCode(201);
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(member(code, "ES", "EUROPE"))
                .when().post(MEMBERS)
                .then().spec(problem(409)).body("detail", containsString(code));
    }

    @Test
    void joinDateInTheFutureIsRefused() {
        Map<String, Object> body = new java.util.HashMap<>(member(uniqueCode("x"), "KR", "ASIA"));
        body.put("joinedOn", LocalDate.now().plusDays(30).toString());
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(body)
                .when().post(MEMBERS)
                .then().spec(problem(422)).body("type", endsWith("/join-date-in-future"));
    }

    @Test
    void unknownRegionFilterIsA400NamingTheAllowedValues() {
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("region", "ATLANTIS").when().get(MEMBERS)
                .then().spec(problem(400))
                .body("violations[0].field", equalTo("region"))
                .body("violations[0].message", containsString("MIDDLE_EAST"));
    }

    @Test
    void pageSizeIsBounded() {
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("size", 1000).when().get(MEMBERS)
                .then().spec(problem(400)).body("violations[0].field", equalTo("size"));
    }

    /**
     * Reads come from the standing periods. A member loaded behind the service's back (as by SQL before an upgrade)
     * has none: its own record still answers from the history, and lists show it once its standing is derived (at
     * startup, or by the reconciler).
     */
    @Test
    void aMemberWhoseStandingWasNeverDerivedIsReadFromItsHistoryAndListedOnceDerived() {
        String code = uniqueCode("legacy");
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into member (code, name, country, region, type, founding_member, joined_on, "
                    + "created_at, version) values (?1, 'Legacy City', 'FJ', 'OCEANIA', 'FULL', false, date '2009-01-05', "
                    + "now(), 0)").setParameter(1, code).executeUpdate();
            em.createNativeQuery("insert into member_status_change (member_code, status, effective_date, reason, "
                    + "recorded_by, recorded_at) values (?1, 'SUSPENDED', date '2009-01-05', 'loaded', 'sql', now())")
                    .setParameter(1, code).executeUpdate();
        });
        given().auth().oauth2(Tokens.of("secretariat")).when().get(MEMBERS + "/" + code)
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("q", "Legacy City").queryParam("status", "SUSPENDED")
                .queryParam("size", 100).when().get(MEMBERS)
                .then().statusCode(200).body("items.code", not(hasItem(code)));

        reconciler.reconcile();

        given().auth().oauth2(Tokens.of("secretariat")).queryParam("q", "Legacy City").queryParam("status", "SUSPENDED")
                .queryParam("size", 100).when().get(MEMBERS)
                .then().statusCode(200).body("items.code", hasItem(code));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("asOf", "2009-01-04").when().get(MEMBERS + "/" + code)
                .then().statusCode(200).body("status", nullValue());
    }

    /** Reads are cached under the read-model version, which any committed write moves — also one made by SQL. */
    @Test
    void aCachedReadFollowsEveryCommittedWriteEvenOneMadeBehindTheServicesBack() {
        String code = uniqueCode("cached");
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(member(code, "FJ", "OCEANIA"))
                .post(MEMBERS).then().statusCode(201);
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.of("secretariat")).get(MEMBERS + "/" + code)
                    .then().statusCode(200).body("name", equalTo("City " + code));
            given().queryParam("q", code).get("/api/v1/membership/directory")
                    .then().statusCode(200).body("items.name", org.hamcrest.Matchers.contains("City " + code));
        }
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update member set name = ?2 where code = ?1").setParameter(1, code).setParameter(2, "Renamed " + code)
                .executeUpdate());
        given().auth().oauth2(Tokens.of("secretariat")).get(MEMBERS + "/" + code)
                .then().statusCode(200).body("name", equalTo("Renamed " + code));
        given().queryParam("q", code).get("/api/v1/membership/directory")
                .then().statusCode(200).body("items.name", org.hamcrest.Matchers.contains("Renamed " + code));
    }
}
