package org.wego.membership.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class AssemblyResourceTest {

    private static final String ASSEMBLIES = "/api/v1/membership/assemblies";
    private static final LocalDate TODAY = LocalDate.now();

    @BeforeEach
    void seoulIsAMember() {
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON)
                .body(MemberResourceTest.member("seoul", "KR", "ASIA")).post("/api/v1/membership/members");
    }

    static String assembly(LocalDate startsOn, LocalDate endsOn, String quorum) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "General Assembly " + startsOn.getYear(),
                "place", "Seoul", "startsOn", startsOn.toString(), "endsOn", endsOn.toString(),
                "rollCutoff", startsOn.minusDays(10).toString()));
        body.put("quorum", quorum);
        return given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(body).post(ASSEMBLIES)
                .then().statusCode(201).extract().path("id");
    }

    static String item(String assembly, int number) {
        return given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("number", number, "title", "Adopt the 2027-2028 work plan", "majority", "SIMPLE"))
                .post(ASSEMBLIES + "/" + assembly + "/items").then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse vote(String user, String assembly, String item, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .post(ASSEMBLIES + "/" + assembly + "/items/" + item + "/votes").then();
    }

    @Test
    void rollIsFixedOnceAndOnlyMembersOnItVoteOncePerItem() {
        String assembly = assembly(TODAY.minusDays(1), TODAY.plusDays(1), "0.001");
        String item = item(assembly, 1);
        vote("official-seoul", assembly, item, Map.of("choice", "YES")).spec(problem(409)); // roll not fixed yet

        given().auth().oauth2(Tokens.of("secretariat")).post(ASSEMBLIES + "/" + assembly + "/roll")
                .then().statusCode(200).body("members", hasItem("seoul")).body("members", not(hasItem("madrid")))
                .body("quorumNeeded", equalTo(1));
        given().auth().oauth2(Tokens.of("secretariat")).post(ASSEMBLIES + "/" + assembly + "/roll").then().spec(problem(409));
        KafkaProbe.await("it.wego.membership.events", r -> assembly.equals(r.key())
                && "org.wego.membership.assembly.roll-fixed.v1".equals(KafkaProbe.header(r, "ce_type").orElse("")),
                Duration.ofSeconds(20));

        vote("official-seoul", assembly, item, Map.of("choice", "YES")).statusCode(201)
                .body("member", equalTo("seoul")).body("castBy", equalTo("official-seoul"));
        vote("official-seoul", assembly, item, Map.of("choice", "NO")).spec(problem(409));
        vote("official-madrid", assembly, item, Map.of("choice", "NO")).spec(problem(422))
                .body("type", endsWith("/not-on-roll"));
        vote("official-nairobi", assembly, item, Map.of("choice", "NO", "member", "seoul")).spec(problem(403));
        vote("secretariat", assembly, item, Map.of("choice", "YES")).spec(problem(403));
        vote("judge1", assembly, item, Map.of("choice", "YES")).spec(problem(403));

        // Results stay hidden from members until the item closes; staff follow the count.
        given().auth().oauth2(Tokens.of("official-seoul")).get(ASSEMBLIES + "/" + assembly + "/items")
                .then().statusCode(200).body("[0].result", nullValue());
        given().auth().oauth2(Tokens.of("secretariat")).get(ASSEMBLIES + "/" + assembly + "/items")
                .then().statusCode(200).body("[0].result.yes", equalTo(1));

        given().auth().oauth2(Tokens.of("secretariat")).post(ASSEMBLIES + "/" + assembly + "/items/" + item + "/close")
                .then().statusCode(200).body("result.yes", equalTo(1)).body("result.no", equalTo(0))
                .body("result.quorumMet", equalTo(true)).body("result.outcome", equalTo("PASSED"));
        given().auth().oauth2(Tokens.of("official-seoul")).get(ASSEMBLIES + "/" + assembly + "/items")
                .then().body("[0].result.outcome", equalTo("PASSED"));
        vote("official-seoul", assembly, item(assembly, 2), Map.of("choice", "ABSTAIN")).statusCode(201);
        given().auth().oauth2(Tokens.of("secretariat")).post(ASSEMBLIES + "/" + assembly + "/items/" + item + "/close")
                .then().spec(problem(409));
    }

    @Test
    void votesAreCastDuringTheSessionOnly() {
        String assembly = assembly(TODAY.plusDays(30), TODAY.plusDays(32), null);
        String item = item(assembly, 1);
        given().auth().oauth2(Tokens.of("secretariat")).post(ASSEMBLIES + "/" + assembly + "/roll").then().statusCode(200);
        vote("official-seoul", assembly, item, Map.of("choice", "YES")).spec(problem(422))
                .body("type", endsWith("/outside-session"));
    }

    @Test
    void theRollTakesEachMembersDuesStandingOnTheCutoff() {
        String unpaid = DuesResourceTest.admitted();
        String paidAfterCutoff = DuesResourceTest.admitted();
        String paidBeforeCutoff = DuesResourceTest.admitted();
        String waived = DuesResourceTest.admitted();
        String withinGrace = DuesResourceTest.admitted();
        for (String code : new String[] {unpaid, paidAfterCutoff, paidBeforeCutoff, waived}) {
            DuesResourceTest.post("secretariat", "/members/" + code + "/dues/invoices", Map.of("year", 2016))
                    .statusCode(201).body("dueDate", equalTo("2016-03-31")); // past grace from 2016-06-30
        }
        DuesResourceTest.post("secretariat", "/members/" + withinGrace + "/dues/invoices",
                Map.of("year", 2016, "amount", 100, "currency", "USD", "dueDate", "2016-05-01")).statusCode(201);
        DuesResourceTest.post("secretariat", "/members/" + paidAfterCutoff + "/dues/invoices/2016/payments",
                Map.of("amount", 5000, "currency", "USD", "paidOn", "2016-08-01")).statusCode(201);
        DuesResourceTest.post("secretariat", "/members/" + paidBeforeCutoff + "/dues/invoices/2016/payments",
                Map.of("amount", 5000, "currency", "USD", "paidOn", "2016-07-10")).statusCode(201);
        DuesResourceTest.post("admin", "/members/" + waived + "/dues/invoices/2016/waivers",
                Map.of("decidedOn", "2016-07-01", "reason", "Flood relief")).statusCode(201);

        String assembly = assembly(LocalDate.parse("2016-07-25"), LocalDate.parse("2016-07-26"), null); // cutoff 07-15
        given().auth().oauth2(Tokens.of("secretariat")).post(ASSEMBLIES + "/" + assembly + "/roll").then()
                .statusCode(200)
                .body("members", not(hasItem(unpaid))).body("members", not(hasItem(paidAfterCutoff)))
                .body("members", hasItem(paidBeforeCutoff)).body("members", hasItem(waived))
                .body("members", hasItem(withinGrace));
    }

    @Test
    void theRollTakesEachMembersTypeOnTheCutoffNotTodays() {
        String code = DuesResourceTest.admitted(); // FULL since 2008
        MemberPatchResourceTest.patch("secretariat", code, "*", Map.of("type", "ASSOCIATE")).statusCode(200);
        String before = assembly(TODAY.plusDays(9), TODAY.plusDays(10), null); // cutoff yesterday: still FULL
        String after = assembly(TODAY.plusDays(10), TODAY.plusDays(11), null); // cutoff today: ASSOCIATE
        given().auth().oauth2(Tokens.of("secretariat")).post(ASSEMBLIES + "/" + before + "/roll").then()
                .statusCode(200).body("members", hasItem(code));
        given().auth().oauth2(Tokens.of("secretariat")).post(ASSEMBLIES + "/" + after + "/roll").then()
                .statusCode(200).body("members", not(hasItem(code)));
    }

    @Test
    void sessionsAreValidated() {
        Map<String, Object> body = new HashMap<>(Map.of("title", "GA", "place", "Seoul", "startsOn", "2028-09-10",
                "endsOn", "2028-09-08", "rollCutoff", "2028-08-01"));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(body).post(ASSEMBLIES)
                .then().spec(problem(400)).body("violations[0].field", equalTo("endsOn"));
        body.put("endsOn", "2028-09-12");
        body.put("rollCutoff", "2028-09-11");
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(body).post(ASSEMBLIES)
                .then().spec(problem(400)).body("violations[0].field", equalTo("rollCutoff"));
        body.put("rollCutoff", "2028-08-01");
        body.put("quorum", 1.5);
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(body).post(ASSEMBLIES)
                .then().spec(problem(400)).body("violations[0].field", equalTo("quorum"));
        given().auth().oauth2(Tokens.of("official-seoul")).contentType(ContentType.JSON).body(body).post(ASSEMBLIES)
                .then().spec(problem(403));
        given().auth().oauth2(Tokens.of("secretariat")).get(ASSEMBLIES + "/not-an-id").then().spec(problem(404));
        given().get(ASSEMBLIES).then().spec(problem(401));
    }
}
