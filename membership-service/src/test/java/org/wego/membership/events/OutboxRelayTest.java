package org.wego.membership.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wego.outbox.Outbox;
import org.wego.outbox.OutboxCleaner;
import org.wego.outbox.OutboxEvent;
import org.wego.outbox.OutboxRelay;
import org.wego.testsupport.Tokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.testsupport.KafkaProbe.all;
import static org.wego.testsupport.KafkaProbe.header;

/** The transactional outbox against the real PostgreSQL and Kafka of the test stack. */
@QuarkusTest
class OutboxRelayTest {

    private static final String TOPIC = "it.wego.membership.events";

    @Inject
    Outbox outbox;

    @Inject
    OutboxCleaner cleaner;

    @Inject
    OutboxRelay relay;

    @Test
    void rolledBackTransactionPublishesNothingAndCommittedOnesArePublishedInOrder() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String rolledBack = "rb-" + run;
        String committed = "ok-" + run;

        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.record("org.wego.test.probe.v1", rolledBack, "probes/" + rolledBack, Map.of("n", 0));
            throw new IllegalStateException("business rule failed after the event was recorded");
        }));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int n = 1; n <= 3; n++) {
                outbox.record("org.wego.test.probe.v1", committed, "probes/" + committed, Map.of("n", n));
            }
        });

        List<ConsumerRecord<String, String>> seen = all(TOPIC,
                r -> r.key().equals(rolledBack) || r.key().equals(committed), 3, Duration.ofSeconds(20));
        assertEquals(3, seen.size(), "the three committed events arrive");
        assertTrue(seen.stream().noneMatch(r -> r.key().equals(rolledBack)), "a rolled-back event is never sent");
        assertEquals(List.of("{\"n\":1}", "{\"n\":2}", "{\"n\":3}"),
                seen.stream().map(ConsumerRecord::value).toList(), "same key, same order");
        // numbered per key (CloudEvents sequence): the rolled-back event took no number
        assertEquals(List.of("0000000000000000001", "0000000000000000002", "0000000000000000003"),
                seen.stream().map(r -> header(r, "ce_sequence").orElseThrow()).toList());
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", rolledBack)));
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("key = ?1 and publishedAt is not null", committed)) == 3);
    }

    @Test
    void sentRowsAndConsumedIdsGoAfterTheirRetentionPendingOnesStay() {
        String key = "clean-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> outbox.record("org.wego.test.probe.v1", key, "probes/" + key,
                Map.of("n", 1)));
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("key = ?1 and publishedAt is not null", key)) == 1);
        String waiting = "waits-" + key;
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxEvent parked = new OutboxEvent();
            parked.eventId = UUID.randomUUID();
            parked.topic = TOPIC;
            parked.key = waiting;
            parked.type = "org.wego.test.probe.v1";
            parked.source = "/wego/test";
            parked.occurredAt = Instant.now().minus(Duration.ofDays(60));
            parked.payload = "{}";
            parked.parkedAt = Instant.now();
            parked.persist();
        });

        assertEquals(0, cleaner.clean(Instant.now()).outboxRows(), "a row sent just now is kept");
        OutboxCleaner.Cleaned later = cleaner.clean(Instant.now().plus(Duration.ofDays(8)));
        assertTrue(later.outboxRows() >= 1, later.toString());
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", key)));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", waiting)),
                "a row that was never sent is never cleaned");
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.delete("key", waiting));
    }

    @Test
    void operatorsSeeTheOutboxAndOnlyAdministrators() {
        given().auth().oauth2(Tokens.of("admin")).get("/api/v1/membership/admin/outbox").then().statusCode(200)
                .body("pending", greaterThanOrEqualTo(0)).body("parked", greaterThanOrEqualTo(0))
                .body("parkedEvents", notNullValue());
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/membership/admin/outbox").then().statusCode(403);
        given().get("/api/v1/membership/admin/outbox").then().statusCode(401);
        given().auth().oauth2(Tokens.of("admin")).post("/api/v1/membership/admin/outbox/redrive?eventId=nope")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("admin")).post("/api/v1/membership/admin/outbox/redrive").then()
                .statusCode(200).body("redriven", greaterThanOrEqualTo(0));
    }

    @Test
    void aKeyWaitsBehindItsParkedRowWhileOtherKeysFlow() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String stuck = "stuck-" + run;
        String flowing = "flows-" + run;
        QuarkusTransaction.requiringNew().run(() -> {
            row(stuck, "{\"n\":1}", Instant.now());
            row(stuck, "{\"n\":2}", null);
            row(flowing, "{\"n\":1}", null);
        });
        relay.wake();
        all(TOPIC, r -> r.key().equals(flowing), 1, Duration.ofSeconds(20));
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("key = ?1 and publishedAt is not null", flowing)) == 1);
        assertEquals(0, QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("key = ?1 and publishedAt is not null", stuck)), "the row behind the parked one waits");

        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.update("parkedAt = null where key = ?1", stuck));
        relay.wake();
        List<ConsumerRecord<String, String>> seen = all(TOPIC, r -> r.key().equals(stuck), 2, Duration.ofSeconds(20));
        assertEquals(List.of("{\"n\":1}", "{\"n\":2}"), seen.stream().map(ConsumerRecord::value).toList(),
                "once re-driven, both go, in order");
    }

    private static void row(String key, String payload, Instant parkedAt) {
        OutboxEvent e = new OutboxEvent();
        e.eventId = UUID.randomUUID();
        e.topic = TOPIC;
        e.key = key;
        e.type = "org.wego.test.probe.v1";
        e.source = "/wego/test";
        e.occurredAt = Instant.now();
        e.payload = payload;
        e.parkedAt = parkedAt;
        e.persist();
    }
}
