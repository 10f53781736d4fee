package org.wego.membership.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.wego.outbox.Outbox;
import org.wego.outbox.OutboxEvent;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.testsupport.KafkaProbe.all;

/** The transactional outbox against the real PostgreSQL and Kafka of the test stack. */
@QuarkusTest
class OutboxRelayTest {

    private static final String TOPIC = "it.wego.membership.events";

    @Inject
    Outbox outbox;

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
        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", rolledBack)));
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("key = ?1 and publishedAt is not null", committed)) == 3);
    }
}
