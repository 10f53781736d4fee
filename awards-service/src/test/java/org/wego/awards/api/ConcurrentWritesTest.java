package org.wego.awards.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.awards.api.AwardsFixture.EDITIONS;
import static org.wego.awards.api.AwardsFixture.ENTRIES;
import static org.wego.awards.api.AwardsFixture.token;

/** Lost races (a unique key or a version taken by a concurrent request) answer 409 problem+json, never 500. */
@QuarkusTest
class ConcurrentWritesTest {

    @BeforeEach
    void cities() {
        AwardsFixture.cities();
    }

    /** Runs the calls at once (released together) and returns their status codes. */
    private static List<Integer> atOnce(List<Callable<Integer>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> a : answers) {
                codes.add(a.get());
            }
            return codes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEntrySubmittedEightTimesAtOnceIsSubmittedOnce() throws Exception {
        String edition = AwardsFixture.edition(Map.of());
        String entry = AwardsFixture.draft(edition, "secretariat", "seoul", "SERVICES");
        String secretariat = token("secretariat");
        List<Callable<Integer>> submits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            submits.add(() -> given().auth().oauth2(secretariat).post(ENTRIES + "/" + entry + "/submit")
                    .then().extract().statusCode());
        }
        List<Integer> codes = atOnce(submits);
        assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertTrue(codes.stream().allMatch(c -> c == 200 || c == 409), codes.toString());
        given().auth().oauth2(secretariat).get(ENTRIES + "/" + entry).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aPhaseChangeAndSettingsEditsRacingAnswerEachWithoutA500() throws Exception {
        String edition = AwardsFixture.edition(Map.of());
        String secretariat = token("secretariat");
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).header("If-Match", "*")
                .body(Map.of("submissionDeadline", Instant.now().minusSeconds(1).toString()))
                .patch(EDITIONS + "/" + edition).then().statusCode(200);
        String read = given().auth().oauth2(secretariat).get(EDITIONS + "/" + edition).then().extract().header("ETag");
        List<Callable<Integer>> racing = new ArrayList<>();
        racing.add(() -> given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(Map.of("to", "SCREENING"))
                .post(EDITIONS + "/" + edition + "/phase").then().extract().statusCode());
        for (int i = 0; i < 6; i++) {
            int reviewers = new int[] {2, 4, 5}[i % 3]; // never the current 3: every edit that applies changes it
            racing.add(() -> given().auth().oauth2(secretariat).contentType(ContentType.JSON).header("If-Match", read)
                    .body(Map.of("reviewersPerEntry", reviewers)).patch(EDITIONS + "/" + edition)
                    .then().extract().statusCode());
        }
        List<Integer> codes = atOnce(racing);
        assertTrue(codes.get(0) == 200 || codes.get(0) == 409, "the phase change (409: retry): " + codes);
        List<Integer> edits = codes.subList(1, codes.size());
        assertTrue(edits.stream().allMatch(c -> c == 200 || c == 409 || c == 412), codes.toString());
        assertTrue(edits.stream().filter(c -> c == 200).count() <= 1, "one edit at most wins against one version: " + codes);
        assertTrue(codes.stream().filter(c -> c == 200).count() >= 1, "someone wins: " + codes);
    }
}
