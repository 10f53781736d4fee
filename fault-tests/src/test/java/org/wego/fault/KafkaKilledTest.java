package org.wego.fault;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Kafka dies (SIGKILL) in the middle of 500 admissions: writes go on, every event arrives once it is back. */
@Order(1)
class KafkaKilledTest {

    static final int WRITES = 500;

    @Test
    void writesGoOnWhileKafkaIsDeadAndEveryEventArrivesOnceWhenItIsBack() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Projections.Result result;
        try (Load load = new Load(8)) {
            CompletableFuture<Instant> killed = CompletableFuture.supplyAsync(() -> {
                await().atMost(Duration.ofMinutes(2)).until(() -> load.done.get() >= 100);
                LocalStack.kill9("kafka");
                return Instant.now();
            });
            load.admit(WRITES, i -> "fk-" + run + "-" + i);
            Instant down = killed.get();
            // The outage lasts at least 5 s whatever the write speed: the relay must survive a real gap.
            Duration left = Duration.ofSeconds(5).minus(Duration.between(down, Instant.now()));
            if (!left.isNegative()) {
                Thread.sleep(left.toMillis());
            }
            LocalStack.up();
            Duration outage = Duration.between(down, Instant.now());
            result = Projections.awaitAll(load.accepted, Duration.ofSeconds(120));
            FaultReport.add(new FaultReport.Row("Kafka SIGKILLed during " + WRITES + " admissions, restarted by "
                    + "./wego up (down " + FaultReport.seconds(outage) + ")",
                    WRITES, result.lost(), result.duplicates(), load.serverErrors(), load.unavailable(),
                    FaultReport.seconds(result.took()) + " after Kafka was back", "3 projections (awards, ceds, knowledge)"));

            assertEquals(0, load.serverErrors(), load.describe());
            assertEquals(0, load.unavailableWithoutRetryAfter(), load.describe());
            assertEquals(WRITES, load.accepted.size() + load.unavailable(), "every write answered 201 or 503: " + load.describe());
        }
        assertEquals(0, result.lost(), "events lost: " + result.missing());
        assertEquals(0, result.duplicates(), "applied twice: " + result.revisions());
    }
}
