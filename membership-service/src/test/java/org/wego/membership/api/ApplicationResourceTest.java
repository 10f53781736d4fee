package org.wego.membership.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.wego.membership.api.MemberResourceTest.uniqueCode;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class ApplicationResourceTest {

    private static final String APPLICATIONS = "/api/v1/membership/applications";

    static Map<String, Object> application(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "City of " + code);
        body.put("country", "NP");
        body.put("region", "ASIA");
        body.put("type", "FULL");
        body.put("contactName", "Ram Shrestha");
        body.put("contactEmail", "cio@" + code + ".example");
        body.put("motivation", "We want to share our e-government experience.");
        return body;
    }

    static String submitted(String code) {
        return given().contentType(ContentType.JSON).body(application(code)).post(APPLICATIONS)
                .then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse review(String user, String id, String action, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("comment", comment);
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .post(APPLICATIONS + "/" + id + "/reviews").then();
    }

    static io.restassured.response.ValidatableResponse decide(String user, String id, String decision, String reason,
                                                               String joinedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("reason", reason);
        body.put("joinedOn", joinedOn);
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                .post(APPLICATIONS + "/" + id + "/decision").then();
    }

    @Test
    void aCityAppliesIsReviewedApprovedAndBecomesAnActiveMember() {
        String code = uniqueCode("apply");
        String id = given().contentType(ContentType.JSON).body(application(code)).post(APPLICATIONS)
                .then().statusCode(201)
                .header("Location", containsString(APPLICATIONS + "/"))
                .body("status", equalTo("SUBMITTED")).body("submittedBy", equalTo("anonymous"))
                .extract().path("id");
        review("secretariat", id, "REQUEST_INFO", "Please send the council resolution").statusCode(200)
                .body("status", equalTo("INFO_REQUESTED"));
        review("secretariat", id, "INFO_RECEIVED", "Resolution 2026/14 received by email").statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        review("secretariat", id, "RECOMMEND", "Meets the criteria").statusCode(200)
                .body("status", equalTo("RECOMMENDED"));
        decide("admin", id, "APPROVE", "Executive Committee, 2026 session", "2026-01-15").statusCode(200)
                .body("status", equalTo("APPROVED")).body("memberCode", equalTo(code));

        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/membership/members/" + code)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("joinedOn", equalTo("2026-01-15"));
        given().auth().oauth2(Tokens.of("secretariat")).get(APPLICATIONS + "/" + id)
                .then().statusCode(200)
                .body("history.action", contains("SUBMIT", "REQUEST_INFO", "INFO_RECEIVED", "RECOMMEND", "APPROVE"))
                .body("history.actor", contains("anonymous", "secretariat", "secretariat", "secretariat", "admin"));

        for (String type : new String[]{"org.wego.membership.application.submitted.v1",
                "org.wego.membership.application.decided.v1", "org.wego.membership.member.admitted.v1"}) {
            KafkaProbe.await("it.wego.membership.events",
                    r -> code.equals(r.key()) && type.equals(KafkaProbe.header(r, "ce_type").orElse("")),
                    Duration.ofSeconds(20));
        }
    }

    @Test
    void onlyTheExecutiveDecidesAndOnlyAfterARecommendation() {
        String id = submitted(uniqueCode("decide"));
        decide("admin", id, "APPROVE", null, null).spec(problem(409)).body("detail", containsString("RECOMMENDED"));
        review("secretariat", id, "RECOMMEND", null).statusCode(200);
        decide("secretariat", id, "APPROVE", null, null).spec(problem(403));
        review("official-seoul", id, "RECOMMEND", null).spec(problem(403));
    }

    @Test
    void rejectionNeedsAReasonAndEndsTheApplication() {
        String code = uniqueCode("reject");
        String id = submitted(code);
        decide("admin", id, "REJECT", " ", null).spec(problem(400)).body("violations[0].field", equalTo("reason"));
        decide("admin", id, "REJECT", "Not a local government", null).statusCode(200).body("status", equalTo("REJECTED"));
        review("secretariat", id, "RECOMMEND", null).spec(problem(409)).body("type", endsWith("/illegal-application-step"));
        submitted(code); // a rejected city may apply again
    }

    @Test
    void oneOpenApplicationPerCodeAndNoneForMembers() {
        String code = uniqueCode("twice");
        submitted(code);
        given().contentType(ContentType.JSON).body(application(code)).post(APPLICATIONS).then().spec(problem(409));
        given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON)
                .body(MemberResourceTest.member("seoul", "KR", "ASIA")).post("/api/v1/membership/members");
        given().contentType(ContentType.JSON).body(application("seoul")).post(APPLICATIONS)
                .then().spec(problem(409)).body("detail", containsString("already a member"));
    }

    @Test
    void invalidApplicationNamesEveryBadField() {
        Map<String, Object> body = application("Bad Code");
        body.put("contactEmail", "not-an-email");
        body.put("motivation", "");
        body.remove("region");
        given().contentType(ContentType.JSON).body(body).post(APPLICATIONS)
                .then().spec(problem(400))
                .body("violations.field", hasItems("code", "contactEmail", "motivation", "region"));
        review("secretariat", submitted(uniqueCode("info")), "REQUEST_INFO", "").spec(problem(400))
                .body("violations[0].field", equalTo("comment"));
    }

    @Test
    void applicationsAreReadByStaffOnly() {
        String id = submitted(uniqueCode("read"));
        given().get(APPLICATIONS).then().spec(problem(401));
        given().auth().oauth2(Tokens.of("official-seoul")).get(APPLICATIONS + "/" + id).then().spec(problem(403));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("status", "SUBMITTED").queryParam("size", 100)
                .get(APPLICATIONS).then().statusCode(200).body("items.status", everyItem(equalTo("SUBMITTED")));
        given().auth().oauth2(Tokens.of("secretariat")).get(APPLICATIONS + "/not-a-uuid").then().spec(problem(404));
        given().auth().oauth2(Tokens.of("secretariat")).get(APPLICATIONS + "/" + java.util.UUID.randomUUID())
                .then().spec(problem(404));
        given().auth().oauth2(Tokens.of("secretariat")).queryParam("status", "PENDING").get(APPLICATIONS)
                .then().spec(problem(400));
    }

    @Test
    void theApplicantFollowsTheApplicationAndAnswersARequestForInformation() {
        String code = uniqueCode("follow");
        io.restassured.response.ExtractableResponse<?> created = given().contentType(ContentType.JSON)
                .body(application(code)).post(APPLICATIONS).then().statusCode(201)
                .header("Link", containsString("rel=\"status\""))
                .body("followUp.url", endsWith("/follow-up")).extract();
        String id = created.path("id");
        String token = created.path("followUp.token");
        String followUp = APPLICATIONS + "/" + id + "/follow-up";
        given().header("Application-Token", token).get(followUp).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("code", equalTo(code))
                .body("informationRequested", equalTo(null)).body("history.action", contains("SUBMIT"));
        // The token is shown once: the secretariat's own view of the application does not carry it.
        given().auth().oauth2(Tokens.of("secretariat")).get(APPLICATIONS + "/" + id).then().statusCode(200)
                .body("followUp", equalTo(null));

        given().header("Application-Token", token).contentType(ContentType.JSON)
                .body(Map.of("message", "Here it is")).post(followUp + "/answers").then().spec(problem(409));
        review("secretariat", id, "REQUEST_INFO", "Please state your population and the council's web site")
                .statusCode(200);
        given().header("Application-Token", token).get(followUp).then().statusCode(200)
                .body("status", equalTo("INFO_REQUESTED"))
                .body("informationRequested", equalTo("Please state your population and the council's web site"))
                .body("history[1].comment", equalTo("Please state your population and the council's web site"))
                .body("history[0].actor", equalTo(null));

        given().header("Application-Token", token).contentType(ContentType.JSON)
                .body(Map.of("message", "Figures attached", "population", -5, "website", "ftp://x"))
                .post(followUp + "/answers").then().spec(problem(400))
                .body("violations.field", hasItems("population", "website"));
        given().header("Application-Token", token).contentType(ContentType.JSON)
                .body(Map.of("message", "Population 1.2 million, site below", "population", 1_200_000,
                        "website", "https://" + code + ".example"))
                .post(followUp + "/answers").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("informationRequested", equalTo(null))
                .body("history.action", contains("SUBMIT", "REQUEST_INFO", "INFO_PROVIDED"))
                .body("history[2].comment", equalTo("Population 1.2 million, site below [updated: population, website]"));
        given().auth().oauth2(Tokens.of("secretariat")).get(APPLICATIONS + "/" + id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("population", equalTo(1_200_000))
                .body("website", equalTo("https://" + code + ".example"))
                .body("history[2].actor", equalTo("applicant"));
        // Answered once: a second answer has no open request to go to.
        given().header("Application-Token", token).contentType(ContentType.JSON)
                .body(Map.of("message", "Again")).post(followUp + "/answers").then().spec(problem(409));
    }

    @Test
    void aWrongOrMissingTokenLearnsNothing() {
        String id = submitted(uniqueCode("token"));
        String other = given().contentType(ContentType.JSON).body(application(uniqueCode("token"))).post(APPLICATIONS)
                .then().statusCode(201).extract().path("followUp.token");
        String followUp = APPLICATIONS + "/" + id + "/follow-up";
        given().get(followUp).then().spec(problem(404));
        given().header("Application-Token", other).get(followUp).then().spec(problem(404));
        given().header("Application-Token", "x".repeat(500)).get(followUp).then().spec(problem(404));
        given().header("Application-Token", other)
                .get(APPLICATIONS + "/" + java.util.UUID.randomUUID() + "/follow-up").then().spec(problem(404));
        given().header("Application-Token", other).contentType(ContentType.JSON).body(Map.of("message", "hi"))
                .post(followUp + "/answers").then().spec(problem(404));
        // without the right token not even the fields are judged
        given().header("Application-Token", other).contentType(ContentType.JSON).body("{}")
                .post(followUp + "/answers").then().spec(problem(404));
        given().auth().oauth2(Tokens.of("secretariat")).get(APPLICATIONS + "/" + id).then()
                .body("history.action", contains("SUBMIT"));
    }
}
