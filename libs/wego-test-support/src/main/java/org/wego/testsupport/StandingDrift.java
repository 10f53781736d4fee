package org.wego.testsupport;

import io.restassured.http.ContentType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The same check of every consumer's {@code POST …/admin/standing-reconciliation}: a city admitted and lapsed through
 * real membership events is eventually held as the source says; a source that differs (a lapse the consumer never
 * heard of cancelled, a city it never heard of) is reported with the first day of disagreement.
 */
public final class StandingDrift {

    private static final String TOPIC = "it.wego.membership.events";

    private StandingDrift() {
    }

    public static void assertReported(String reconciliationPath) {
        String code = "drift-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate joined = LocalDate.of(2011, 5, 1);
        LocalDate lapse = LocalDate.now().minusDays(10);
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(UUID.randomUUID().toString(),
                "org.wego.membership.member.admitted.v1", "members/" + code, 1),
                "{\"code\":\"" + code + "\",\"name\":\"Drift " + code + "\",\"country\":\"PE\",\"region\":\"AMERICAS\","
                        + "\"type\":\"FULL\",\"joinedOn\":\"" + joined + "\"}");
        KafkaProbe.send(TOPIC, code, KafkaProbe.cloudEvent(UUID.randomUUID().toString(),
                "org.wego.membership.member.standing-changed.v1", "members/" + code, 2),
                "{\"code\":\"" + code + "\",\"cause\":\"INVOICE\",\"standing\":["
                        + "{\"from\":\"" + joined + "\",\"status\":\"ACTIVE\",\"goodStanding\":true},"
                        + "{\"from\":\"" + lapse + "\",\"status\":\"LAPSED\",\"goodStanding\":false}]}");
        Map<String, Object> lapsed = source(code, period(joined, "ACTIVE", true), period(lapse, "LAPSED", false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> post(reconciliationPath, lapsed, "admin").statusCode(200)
                .body("checked", equalTo(1)).body("agreeing", equalTo(1)).body("differences", hasSize(0)));

        post(reconciliationPath, source(code, period(joined, "ACTIVE", true)), "admin").statusCode(200)
                .body("agreeing", equalTo(0)).body("differences", hasSize(1))
                .body("differences[0].code", equalTo(code))
                .body("differences[0].kind", equalTo("DIFFERENT_TIMELINE"))
                .body("differences[0].firstDifferentDay", equalTo(lapse.toString()))
                .body("differences[0].source", equalTo("ACTIVE/good"))
                .body("differences[0].held", equalTo("LAPSED/not-good"));
        String unknown = "never-" + UUID.randomUUID().toString().substring(0, 8);
        post(reconciliationPath, source(unknown, period(joined, "ACTIVE", true)), "admin").statusCode(200)
                .body("differences[0].kind", equalTo("UNKNOWN_CITY"));

        post(reconciliationPath, lapsed, "secretariat").spec(Problems.problem(403));
        given().contentType(ContentType.JSON).body(lapsed).post(reconciliationPath).then().spec(Problems.problem(401));
        post(reconciliationPath, Map.of("members", List.of(Map.of("code", code, "standing", List.of()))), "admin")
                .spec(Problems.problem(400));
    }

    private static Map<String, Object> period(LocalDate from, String status, boolean good) {
        return Map.of("from", from.toString(), "status", status, "goodStanding", good);
    }

    @SafeVarargs
    private static Map<String, Object> source(String code, Map<String, Object>... periods) {
        return Map.of("members", List.of(Map.of("code", code, "standing", List.of(periods))));
    }

    private static io.restassured.response.ValidatableResponse post(String path, Object body, String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body).post(path).then();
    }
}
