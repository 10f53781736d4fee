package org.wego.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.filter.Filter;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reconciliation across services: for 200 members with random dues ledgers (invoices due in the past and in the
 * future, partial and late payments, waivers) and random status decisions, what the awards-service (good standing:
 * may enter and submit) and the ceds-service (member: may start an assessment) believe on a day equals the
 * membership-service's own answer for that day — today, a past day, and days ahead that lie across grace-period
 * boundaries (a consumer holds the timeline, so the clock passing a boundary is the same question asked for a later
 * day). Everything goes through the gateway with real tokens.
 */
class StandingReconciliationTest {

    private static final int MEMBERS = 200;
    private static final LocalDate TODAY = LocalDate.now();
    // Invoices fall due from 350 days ago to 150 days ahead, so their grace periods end on both sides of each day.
    private static final List<LocalDate> DAYS = List.of(TODAY.minusDays(300), TODAY, TODAY.plusDays(95),
            TODAY.plusDays(200));

    /**
     * The gateway's quota (429 with Retry-After) is the partner contract: a client that reads thousands of answers
     * waits as told and asks again, as this one does.
     */
    private static final Filter HONOURS_RETRY_AFTER = (request, response, ctx) -> {
        for (int attempt = 0; ; attempt++) {
            Response answer = ctx.next(request, response);
            if (answer.statusCode() != 429 || attempt == 20) {
                return answer;
            }
            try {
                Thread.sleep(1_000L * Math.max(1, Long.parseLong(answer.header("Retry-After"))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
        }
    };

    private static RequestSpecification as(String token) {
        return given().filter(HONOURS_RETRY_AFTER).auth().oauth2(token);
    }

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
    }

    /** The membership-service's answer for a day: the source of truth each consumer is compared with. */
    private record Source(boolean member, boolean goodStanding) {
    }

    @Test
    void everyConsumerAgreesWithMembershipOnEveryDay() throws Exception {
        long started = System.nanoTime();
        String admin = Tokens.of("admin");
        List<String> codes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> made = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                long seed = 1_000L * i + TODAY.toEpochDay();
                made.add(pool.submit(() -> randomMember(admin, new Random(seed))));
            }
            for (Future<String> f : made) {
                codes.add(f.get());
            }
            System.out.printf("reconciliation: %d members with ledgers and decisions written in %.1f s%n", MEMBERS,
                    (System.nanoTime() - started) / 1e9);
            int[] rounds = {0};
            // Converged when no consumer differs from the source any more (polling, not sleeping).
            List<String> differences = new ArrayList<>();
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                differences.clear();
                differences.addAll(differences(pool, admin, codes));
                rounds[0]++;
                return differences.isEmpty();
            });
            assertEquals(List.of(), differences);
            System.out.printf("reconciliation: consumers agreed after %d comparison round(s)%n", rounds[0]);

            // The operator's view of the same members (what ./wego reconcile sends): whole timelines, every consumer
            // including the knowledge directory, no differences.
            List<Map<String, Object>> timelines = new ArrayList<>();
            for (String code : codes) {
                timelines.add(as(admin).get("/api/v1/membership/members/" + code + "/standing").then().statusCode(200)
                        .extract().as(Map.class));
            }
            for (String consumer : List.of("awards", "ceds", "knowledge")) {
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                        as(admin).contentType(ContentType.JSON).body(Map.of("members", timelines))
                                .post("/api/v1/" + consumer + "/admin/standing-reconciliation").then().statusCode(200)
                                .body("checked", org.hamcrest.Matchers.equalTo(MEMBERS))
                                .body("differences", org.hamcrest.Matchers.hasSize(0)));
            }
        } finally {
            pool.shutdownNow();
        }
        Journeys.report("standing reconciliation (" + MEMBERS + " members × " + DAYS.size() + " days × 3 services)",
                started);
    }

    /** A member with a random ledger and random decisions, recorded in time order as the API requires. */
    private static String randomMember(String admin, Random random) {
        String code = Journeys.unique("reconcile");
        LocalDate joined = TODAY.minusDays(800 + random.nextInt(1500)); // before every day compared
        as(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Reconcile " + code, "country", "KR", "region", "ASIA",
                        "type", "FULL", "joinedOn", joined.toString(), "foundingMember", false))
                .post("/api/v1/membership/members").then().statusCode(201);
        int invoices = random.nextInt(4);
        for (int n = 0; n < invoices; n++) {
            int year = 2020 + n;
            LocalDate due = TODAY.plusDays(random.nextInt(500) - 350); // some past grace, some not yet due
            as(admin).contentType(ContentType.JSON)
                    .body(Map.of("year", year, "amount", 1000, "currency", "USD", "dueDate", due.toString()))
                    .post("/api/v1/membership/members/" + code + "/dues/invoices").then().statusCode(201);
            String invoice = "/api/v1/membership/members/" + code + "/dues/invoices/" + year;
            switch (random.nextInt(4)) {
                case 0 -> { } // unpaid
                case 1 -> pay(admin, invoice, 1000, due.minusDays(random.nextInt(30)));
                case 2 -> pay(admin, invoice, 400, due.plusDays(random.nextInt(60))); // partial: still owed
                default -> as(admin).contentType(ContentType.JSON)
                        .body(Map.of("decidedOn", earlier(due.plusDays(random.nextInt(150))).toString(),
                                "reason", "relief"))
                        .post(invoice + "/waivers").then().statusCode(201);
            }
        }
        LocalDate at = joined;
        String status = "ACTIVE";
        for (int n = random.nextInt(3); n > 0; n--) {
            at = at.plusDays(1 + random.nextInt(Math.max(1, (int) (TODAY.plusDays(300).toEpochDay() - at.toEpochDay()) / 2)));
            String next = switch (status) {
                case "ACTIVE" -> random.nextInt(4) == 0 ? "WITHDRAWN" : "SUSPENDED";
                default -> random.nextInt(4) == 0 ? "EXPELLED" : "ACTIVE";
            };
            as(admin).contentType(ContentType.JSON)
                    .body(Map.of("status", next, "effectiveDate", at.toString(), "reason", "random decision"))
                    .post("/api/v1/membership/members/" + code + "/status-changes").then().statusCode(201);
            status = next;
            if (status.equals("WITHDRAWN") || status.equals("EXPELLED")) {
                break;
            }
        }
        return code;
    }

    private static LocalDate earlier(LocalDate day) {
        return day.isAfter(TODAY) ? TODAY : day;
    }

    private static void pay(String admin, String invoice, int amount, LocalDate on) {
        as(admin).contentType(ContentType.JSON)
                .body(Map.of("amount", amount, "currency", "USD", "paidOn", earlier(on).toString()))
                .post(invoice + "/payments").then().statusCode(201);
    }

    /** Every (member, day, consumer) where the consumer's answer is not the membership-service's. */
    private static List<String> differences(ExecutorService pool, String admin, List<String> codes) throws Exception {
        ConcurrentLinkedQueue<String> found = new ConcurrentLinkedQueue<>();
        List<Future<?>> checks = new ArrayList<>();
        for (String code : codes) {
            checks.add(pool.submit(() -> {
                for (LocalDate day : DAYS) {
                    String status = as(admin).queryParam("asOf", day.toString())
                            .get("/api/v1/membership/members/" + code).then().statusCode(200).extract().path("status");
                    Source source = new Source(List.of("ACTIVE", "SUSPENDED", "LAPSED").contains(status),
                            "ACTIVE".equals(status));
                    JsonPath awards = as(admin).queryParam("asOf", day.toString())
                            .get("/api/v1/awards/cities/" + code + "/standing").then().extract().jsonPath();
                    JsonPath ceds = as(admin).queryParam("asOf", day.toString())
                            .get("/api/v1/ceds/cities/" + code + "/standing").then().extract().jsonPath();
                    if (!Boolean.valueOf(source.goodStanding()).equals(awards.get("goodStanding"))) {
                        found.add(code + " on " + day + ": membership " + status + ", awards goodStanding="
                                + awards.get("goodStanding"));
                    }
                    if (!Boolean.valueOf(source.member()).equals(ceds.get("member"))
                            || !Boolean.valueOf(source.goodStanding()).equals(ceds.get("goodStanding"))) {
                        found.add(code + " on " + day + ": membership " + status + ", ceds member=" + ceds.get("member")
                                + " goodStanding=" + ceds.get("goodStanding"));
                    }
                }
                return null;
            }));
        }
        for (Future<?> check : checks) {
            check.get();
        }
        return new ArrayList<>(found);
    }
}
