package org.wego.membership.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Tokens;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.wego.membership.api.MemberResourceTest.member;
import static org.wego.membership.api.MemberResourceTest.uniqueCode;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class DuesResourceTest {

    static String admitted() {
        String code = uniqueCode("dues");
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(member(code, "GH", "AFRICA"))
                .post("/api/v1/membership/members").then().statusCode(201);
        return code;
    }

    static io.restassured.response.ValidatableResponse post(String user, String path, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/membership" + path).then();
    }

    static String statusOn(String code, String date) {
        return given().auth().oauth2(Tokens.of("secretariat")).queryParam("asOf", date)
                .get("/api/v1/membership/members/" + code).then().statusCode(200).extract().path("status");
    }

    static long lapsedOn(String date) {
        return given().auth().oauth2(Tokens.of("secretariat")).queryParam("asOf", date).get("/api/v1/membership/stats")
                .then().statusCode(200).extract().jsonPath().getLong("byStatus.LAPSED");
    }

    @Test
    void unpaidDuesLapseAMemberAfterGraceAndPaymentRestoresItWithoutAnyoneRecordingIt() {
        String code = admitted();
        long lapsedBefore = lapsedOn("2016-07-01");
        post("secretariat", "/members/" + code + "/dues/invoices", Map.of("year", 2016)).statusCode(201)
                .body("amount", equalTo(5000.00f)).body("currency", equalTo("USD")).body("dueDate", equalTo("2016-03-31"));

        assertEquals("ACTIVE", statusOn(code, "2016-06-29"));
        assertEquals("LAPSED", statusOn(code, "2016-06-30"));
        assertEquals(lapsedBefore + 1, lapsedOn("2016-07-01"));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("asOf", "2016-07-01").queryParam("status", "LAPSED")
                .queryParam("size", 100).queryParam("q", code.substring(5))
                .get("/api/v1/membership/members").then().statusCode(200).body("items.code", hasItem(code));

        post("secretariat", "/members/" + code + "/dues/invoices/2016/payments",
                Map.of("amount", 2000, "currency", "USD", "paidOn", "2016-05-10", "reference", "SWIFT 1")).statusCode(201);
        post("secretariat", "/members/" + code + "/dues/invoices/2016/payments",
                Map.of("amount", 3000, "currency", "USD", "paidOn", "2016-08-01", "reference", "SWIFT 2")).statusCode(201)
                .body("arrears.size()", equalTo(0)).body("status", equalTo("ACTIVE")).body("votingRights", equalTo(true));

        assertEquals("LAPSED", statusOn(code, "2016-07-31"));
        assertEquals("ACTIVE", statusOn(code, "2016-08-01"));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("asOf", "2016-07-31")
                .get("/api/v1/membership/members/" + code + "/dues")
                .then().statusCode(200)
                .body("arrears.USD", equalTo(3000.00f))
                .body("invoices[0].pastGrace", equalTo(true))
                .body("goodStanding", equalTo(false))
                .body("votingRights", equalTo(false));
    }

    @Test
    void paymentsAreCheckedAgainstTheInvoice() {
        String code = admitted();
        String invoice = "/members/" + code + "/dues/invoices/2020";
        post("secretariat", "/members/" + code + "/dues/invoices", Map.of("year", 2020, "amount", 1200.50, "currency", "EUR"))
                .statusCode(201);
        post("secretariat", "/members/" + code + "/dues/invoices", Map.of("year", 2020)).spec(problem(409));
        post("secretariat", invoice + "/payments", Map.of("amount", 100, "currency", "USD", "paidOn", "2020-04-01"))
                .spec(problem(422)).body("type", endsWith("/currency-mismatch"));
        post("secretariat", invoice + "/payments", Map.of("amount", 1300, "currency", "EUR", "paidOn", "2020-04-01"))
                .spec(problem(422)).body("type", endsWith("/more-than-owed"));
        post("secretariat", invoice + "/payments", Map.of("amount", 10, "currency", "EUR",
                "paidOn", LocalDate.now().plusDays(3).toString())).spec(problem(422)).body("type", endsWith("/date-in-future"));
        post("secretariat", invoice + "/payments", Map.of("amount", 10.005, "currency", "EUR", "paidOn", "2020-04-01"))
                .spec(problem(400)).body("violations[0].field", equalTo("amount"));
        post("secretariat", "/members/" + code + "/dues/invoices/2019/payments",
                Map.of("amount", 10, "currency", "EUR", "paidOn", "2020-04-01")).spec(problem(404));
        post("secretariat", "/members/" + code + "/dues/invoices", Map.of("year", 2021, "amount", 10))
                .spec(problem(400)).body("violations[0].field", equalTo("currency"));
    }

    @Test
    void waiversAreAnExecutiveDecision() {
        String code = admitted();
        post("secretariat", "/members/" + code + "/dues/invoices", Map.of("year", 2018)).statusCode(201);
        Map<String, Object> waiver = new HashMap<>(Map.of("decidedOn", "2018-05-01", "reason", "Earthquake relief"));
        post("secretariat", "/members/" + code + "/dues/invoices/2018/waivers", waiver).spec(problem(403));
        post("admin", "/members/" + code + "/dues/invoices/2018/waivers", waiver).statusCode(201);
        assertEquals("ACTIVE", statusOn(code, "2018-12-31"));
        post("admin", "/members/" + code + "/dues/invoices/2018/waivers", waiver).spec(problem(422))
                .body("type", endsWith("/nothing-owed"));
    }

    @Test
    void officialsSeeTheirOwnDuesOnly() {
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(member("seoul", "KR", "ASIA"))
                .post("/api/v1/membership/members");
        given().auth().oauth2(Tokens.of("official-seoul")).get("/api/v1/membership/members/seoul/dues")
                .then().statusCode(200).body("code", equalTo("seoul"));
        given().auth().oauth2(Tokens.of("official-nairobi")).get("/api/v1/membership/members/seoul/dues")
                .then().spec(problem(403));
        given().auth().oauth2(Tokens.ofClient("undesa-feed", "undesa-feed-secret"))
                .get("/api/v1/membership/members/seoul/dues").then().spec(problem(403));
        post("official-seoul", "/members/seoul/dues/invoices/2016/payments",
                Map.of("amount", 1, "currency", "USD", "paidOn", "2016-05-01")).spec(problem(403));
    }

    @Test
    void aYearRunInvoicesEveryMemberOnceOnly() {
        admitted();
        post("secretariat", "/dues/runs", Map.of("year", 2099)).statusCode(200).body("issued", greaterThanOrEqualTo(1));
        post("secretariat", "/dues/runs", Map.of("year", 2099)).statusCode(200).body("issued", equalTo(0));
        post("secretariat", "/dues/runs", Map.of("year", 1999)).spec(problem(400));
    }
}
