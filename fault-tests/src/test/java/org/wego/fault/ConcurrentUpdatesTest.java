package org.wego.fault;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 50 clients read the same version of one resource and all send a conditional update at once, in every service:
 * exactly one wins, the other 49 are told 412 (the version they read is gone) — never a 500, never two winners.
 */
@Order(8)
class ConcurrentUpdatesTest {

    static final int CLIENTS = 50;

    @Test
    void ofFiftyConcurrentConditionalUpdatesExactlyOneWinsInEveryService() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Map<Integer, Integer>> outcomes = new TreeMap<>();

        String member = "fu-" + run;
        assertEquals(201, Api.admit(member).status());
        String memberUrl = Api.membership() + "/api/v1/membership/members/" + member;
        outcomes.put("membership: PATCH member", race(Api.get(memberUrl, "secretariat").etag(),
                (etag, i) -> Api.patch(memberUrl, "secretariat", etag, Map.of("name", "Renamed " + i))));

        Api.Answer resource = Api.post(Api.knowledge() + "/api/v1/knowledge/resources", "secretariat",
                Map.of("type", "REPORT", "title", "Race " + run, "summary", "Fifty editors at once"));
        String resourceUrl = Api.knowledge() + "/api/v1/knowledge/resources/" + resource.json().get("id").asText();
        outcomes.put("knowledge: PATCH resource", race(resource.etag(),
                (etag, i) -> Api.patch(resourceUrl, "secretariat", etag, Map.of("title", "Race " + run + " #" + i))));

        Api.Answer edition = Api.post(Api.awards() + "/api/v1/awards/editions", "secretariat", Map.of("year", 2090,
                "title", "Race " + run, "submissionDeadline", Instant.now().plusSeconds(86_400).toString()));
        String editionUrl = Api.awards() + "/api/v1/awards/editions/" + edition.json().get("id").asText();
        outcomes.put("awards: PATCH edition", race(Api.get(editionUrl, "secretariat").etag(),
                (etag, i) -> Api.patch(editionUrl, "secretariat", etag, Map.of("title", "Race " + run + " #" + i))));

        String city = "fu-ceds-" + run;
        assertEquals(201, Api.admit(city).status());
        Api.Answer assessment = await().atMost(Duration.ofSeconds(30)).until(() -> Api.post(Api.ceds()
                        + "/api/v1/ceds/assessments", "secretariat", Map.of("city", city, "framework", "LOSI", "version", "2022",
                        "year", 2090)), a -> a.status() == 201);
        String answersUrl = Api.ceds() + "/api/v1/ceds/assessments/" + assessment.json().get("id").asText() + "/answers";
        List<String> indicators = indicators();
        outcomes.put("ceds: PUT assessment answers", race(Api.get(answersUrl.replace("/answers", ""), "secretariat").etag(),
                (etag, i) -> Api.put(answersUrl, "secretariat", etag, Map.of("answers", Map.of(indicators.get(i), true)))));

        StringBuilder note = new StringBuilder();
        outcomes.forEach((what, statuses) -> note.append(what).append(' ').append(statuses).append("; "));
        int errors = outcomes.values().stream().mapToInt(s -> s.entrySet().stream()
                .filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum()).sum();
        FaultReport.add(new FaultReport.Row(CLIENTS + " concurrent conditional updates of one resource, per service",
                CLIENTS * 4, 0, 0, errors, 0, "-", note.toString().trim()));
        outcomes.forEach((what, statuses) -> assertEquals(Map.of(200, 1, 412, CLIENTS - 1), statuses, what));
    }

    interface Update {
        Api.Answer send(String etag, int client);
    }

    /** Every client holds the same ETag; all start together. Returns status → how many. */
    static Map<Integer, Integer> race(String etag, Update update) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return update.send(etag, client).status();
                }, pool));
            }
            go.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (CompletableFuture<Integer> a : answers) {
                statuses.merge(a.get(), 1, Integer::sum);
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    static List<String> indicators() {
        JsonNode framework = Api.get(Api.ceds() + "/api/v1/ceds/frameworks/LOSI/2022", "secretariat").json();
        List<String> codes = new ArrayList<>();
        framework.get("criteria").forEach(c -> c.get("indicators").forEach(i -> codes.add(i.get("code").asText())));
        return codes;
    }
}
