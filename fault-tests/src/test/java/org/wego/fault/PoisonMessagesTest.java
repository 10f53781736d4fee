package org.wego.fault;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Records that can never be applied — not a CloudEvent, data against the schema, a version nobody reads — go to the
 * dead-letter topic with their reason, and the partition keeps flowing: a good event behind them on the same key
 * (same partition) is applied by every consumer.
 */
@Order(6)
class PoisonMessagesTest {

    @Test
    void poisonGoesToTheDeadLetterTopicAndTheGoodEventBehindItIsApplied() {
        String code = "fx-" + UUID.randomUUID().toString().substring(0, 8);
        String schemaBreaker = Events.id();
        String future = Events.id();
        KafkaProbe.send(Events.TOPIC, code, Map.of("ce_specversion", "1.0", "ce_type", Events.ADMITTED), "{not json");
        KafkaProbe.send(Events.TOPIC, code, Events.headers(schemaBreaker, Events.ADMITTED, code, 1),
                Events.admitted(code).replace("\"KR\"", "\"Korea\""));
        KafkaProbe.send(Events.TOPIC, code, Events.headers(future, "org.wego.membership.member.admitted.v9", code, 1),
                Events.admitted(code));
        Instant sent = Instant.now();
        KafkaProbe.send(Events.TOPIC, code, Events.headers(Events.id(), Events.ADMITTED, code, 1), Events.admitted(code));

        Projections.Result result = Projections.awaitAll(Set.of(code), Duration.ofSeconds(30));
        // Each of the three consumer groups dead-letters each of the three poison records once.
        List<ConsumerRecord<String, String>> dead = KafkaProbe.all(Events.DLQ, r -> code.equals(r.key()), 9,
                Duration.ofSeconds(30));
        Set<String> reasons = dead.stream().map(r -> KafkaProbe.header(r, "dead-letter-reason").orElse(""))
                .map(r -> r.contains("ce_id") ? "not a CloudEvent" : r.contains("schema") ? "breaks the schema"
                        : r.contains("version") ? "unknown version" : r)
                .collect(Collectors.toSet());
        FaultReport.add(new FaultReport.Row("3 poison records (no ce_id, against the schema, unknown version) "
                + "ahead of a good event on one partition", 1, result.lost(), result.duplicates(), 0, 0,
                FaultReport.seconds(Duration.between(sent, Instant.now())), dead.size() + " dead letters: " + reasons));

        assertEquals(0, result.lost(), "the good event behind the poison was not applied: " + result.missing());
        assertEquals(9, dead.size(), "three poison records, three consumer groups");
        assertEquals(Set.of("not a CloudEvent", "breaks the schema", "unknown version"), reasons);
    }
}
