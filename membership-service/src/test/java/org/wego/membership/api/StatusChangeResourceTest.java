package org.wego.membership.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.membership.api.MemberResourceTest.member;
import static org.wego.membership.api.MemberResourceTest.uniqueCode;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class StatusChangeResourceTest {

    static String admitted(String base) {
        String code = uniqueCode(base);
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(member(code, "ET", "AFRICA"))
                .post("/api/v1/membership/members").then().statusCode(201);
        return code;
    }

    static io.restassured.response.ValidatableResponse change(String user, String code, String status, String date,
                                                               String reason) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("status", status, "effectiveDate", date, "reason", reason))
                .post("/api/v1/membership/members/" + code + "/status-changes").then();
    }

    @Test
    void historicalChangesDeriveTheStatusOnAnyDateAndAreAudited() {
        String code = admitted("history");
        change("secretariat", code, "SUSPENDED", "2012-01-01", "Dues 2011 unpaid").statusCode(201)
                .body("recordedBy", equalTo("secretariat")).body("status", equalTo("SUSPENDED"));
        change("secretariat", code, "ACTIVE", "2012-06-30", "Paid").statusCode(201);
        change("admin", code, "WITHDRAWN", "2016-04-01", "Council decision").statusCode(201);

        for (String[] expectation : new String[][]{{"2011-12-31", "ACTIVE"}, {"2012-01-01", "SUSPENDED"},
                {"2012-06-30", "ACTIVE"}, {"2016-03-31", "ACTIVE"}, {"2016-04-01", "WITHDRAWN"}}) {
            given().auth().oauth2(Tokens.of("secretariat")).queryParam("asOf", expectation[0])
                    .get("/api/v1/membership/members/" + code)
                    .then().statusCode(200).body("status", equalTo(expectation[1]));
        }
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/membership/members/" + code + "/status-changes")
                .then().statusCode(200)
                .body("status", contains("ACTIVE", "SUSPENDED", "ACTIVE", "WITHDRAWN"))
                .body("reason", contains("admitted", "Dues 2011 unpaid", "Paid", "Council decision"))
                .body("recordedBy", contains("admin", "secretariat", "secretariat", "admin"));
    }

    @Test
    void illegalTransitionIsA409NamingTheAllowedOnes() {
        String code = admitted("illegal");
        change("secretariat", code, "APPLIED", "2010-01-01", "typo").spec(problem(409))
                .body("type", endsWith("/illegal-transition"))
                .body("detail", containsString("SUSPENDED, LAPSED, WITHDRAWN, EXPELLED"));
        change("admin", code, "WITHDRAWN", "2010-01-01", "left").statusCode(201);
        change("admin", code, "ACTIVE", "2011-01-01", "back?").spec(problem(409)).body("detail", containsString("ended"));
    }

    @Test
    void onlyTheExecutiveExpels() {
        String code = admitted("expel");
        change("secretariat", code, "EXPELLED", "2014-01-01", "misconduct").spec(problem(409))
                .body("detail", containsString("wego-admin"));
        change("admin", code, "EXPELLED", "2014-01-01", "General Assembly resolution 2014/3").statusCode(201);
    }

    @Test
    void datesMustFollowTheRecordedHistory() {
        String code = admitted("dates");
        change("secretariat", code, "SUSPENDED", "2008-08-31", "before joining").spec(problem(422))
                .body("type", endsWith("/effective-date-before-joining"));
        change("secretariat", code, "SUSPENDED", "2015-01-01", "ok").statusCode(201);
        change("secretariat", code, "ACTIVE", "2014-12-31", "out of order").spec(problem(422))
                .body("type", endsWith("/effective-date-out-of-order"));
        change("secretariat", code, "ACTIVE", LocalDate.now().plusYears(2).toString(), "far").spec(problem(422))
                .body("type", endsWith("/effective-date-too-far"));
    }

    private static io.restassured.response.ValidatableResponse correct(String user, String code, String status,
                                                                String date, String reason) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .body(Map.of("status", status, "effectiveDate", date, "reason", reason, "correction", true))
                .post("/api/v1/membership/members/" + code + "/status-changes").then();
    }

    private static String statusOn(String code, String date) {
        return given().auth().oauth2(Tokens.of("secretariat")).queryParam("asOf", date)
                .get("/api/v1/membership/members/" + code).then().statusCode(200).extract().path("status");
    }

    @Test
    void aDecisionRecordedLateIsInsertedAsACorrectionAndLaterStatusesAreRederivedAndPublished() {
        String code = admitted("correction");
        change("secretariat", code, "SUSPENDED", "2020-01-01", "Dues 2019 unpaid").statusCode(201);
        change("secretariat", code, "ACTIVE", "2020-09-01", "Paid").statusCode(201);
        // The board had suspended the city in 2017 too; the paper record surfaces now.
        correct("secretariat", code, "SUSPENDED", "2017-03-01", "Board minutes 2017/2, recorded late").statusCode(201);
        correct("secretariat", code, "ACTIVE", "2017-11-01", "Board minutes 2017/9, recorded late").statusCode(201);
        assertEquals("ACTIVE", statusOn(code, "2017-02-28"));
        assertEquals("SUSPENDED", statusOn(code, "2017-03-01"));
        assertEquals("ACTIVE", statusOn(code, "2017-11-01"));
        assertEquals("SUSPENDED", statusOn(code, "2020-01-01"));
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/membership/members/" + code + "/standing")
                .then().statusCode(200).body("standing.from", contains(
                        "2008-09-01", "2017-03-01", "2017-11-01", "2020-01-01", "2020-09-01"));
        ConsumerRecord<String, String> last = KafkaProbe.await("it.wego.membership.events", r -> code.equals(r.key())
                && r.value().contains("\"2017-11-01\"") && "org.wego.membership.member.standing-changed.v1".equals(
                KafkaProbe.header(r, "ce_type").orElse("")), Duration.ofSeconds(20));
        assertTrue(last.value().contains("\"2020-09-01\""), "the whole re-derived timeline: " + last.value());

        // An end of membership cannot be slipped in before later history; nor a step the policy forbids.
        correct("admin", code, "WITHDRAWN", "2018-01-01", "wrong").spec(problem(409))
                .body("detail", containsString("could not follow WITHDRAWN"));
        correct("secretariat", code, "APPLIED", "2019-01-01", "not a step from ACTIVE").spec(problem(409));
        assertEquals("ACTIVE", statusOn(code, "2018-06-01"), "a refused correction changes nothing");
    }

    @Test
    void invalidBodyNamesTheFields() {
        String code = admitted("invalid");
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("status", "ACTIVE", "reason", " "))
                .post("/api/v1/membership/members/" + code + "/status-changes")
                .then().spec(problem(400))
                .body("violations.field", org.hamcrest.Matchers.hasItems("effectiveDate", "reason"));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("status", "ASLEEP", "effectiveDate", "2020-01-01", "reason", "x"))
                .post("/api/v1/membership/members/" + code + "/status-changes")
                .then().spec(problem(400)).body("violations[0].field", equalTo("status"));
    }

    @Test
    void unknownMemberIs404AndRolesAreEnforced() {
        change("secretariat", "no-such-member", "SUSPENDED", "2015-01-01", "x").spec(problem(404));
        String code = admitted("roles");
        change("official-seoul", code, "SUSPENDED", "2015-01-01", "x").spec(problem(403));
        given().contentType(ContentType.JSON).body(Map.of("status", "SUSPENDED", "effectiveDate", "2015-01-01", "reason", "x"))
                .post("/api/v1/membership/members/" + code + "/status-changes").then().spec(problem(401));
        given().auth().oauth2(Tokens.of("official-nairobi")).get("/api/v1/membership/members/" + code + "/status-changes")
                .then().spec(problem(403));
    }

    @Test
    void statusChangeIsPublishedWithDerivedGoodStanding() {
        String code = admitted("event");
        change("secretariat", code, "SUSPENDED", "2019-03-01", "Arrears").statusCode(201);
        ConsumerRecord<String, String> event = KafkaProbe.await("it.wego.membership.events",
                r -> code.equals(r.key()) && "org.wego.membership.member.status-changed.v1"
                        .equals(KafkaProbe.header(r, "ce_type").orElse("")), Duration.ofSeconds(20));
        assertEquals("members/" + code, KafkaProbe.header(event, "ce_subject").orElseThrow());
        assertTrue(event.value().contains("\"status\":\"SUSPENDED\""), event.value());
        assertTrue(event.value().contains("\"previousStatus\":\"ACTIVE\""), event.value());
        assertTrue(event.value().contains("\"effectiveDate\":\"2019-03-01\""), event.value());
        assertTrue(event.value().contains("\"goodStanding\":false"), event.value());
    }
}
