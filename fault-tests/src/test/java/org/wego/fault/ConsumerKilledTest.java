package org.wego.fault;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A consumer (the awards-service) dies with SIGKILL mid-stream; after ./wego up its projection equals the source. */
@Order(2)
class ConsumerKilledTest {

    static final int WRITES = 200;

    @Test
    void aConsumerKilledMidStreamCatchesUpWithoutLosingOrDoublingAnything() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        try (Load load = new Load(4)) {
            CompletableFuture<Void> killed = CompletableFuture.runAsync(() -> {
                await().atMost(Duration.ofMinutes(2)).until(() -> load.done.get() >= 50);
                LocalStack.kill9("awards");
            });
            load.admit(WRITES, i -> "fc-" + run + "-" + i);
            killed.get();
            Duration restart = LocalStack.up();
            Projections.Result result = Projections.awaitAll(load.accepted, Duration.ofSeconds(90));
            FaultReport.add(new FaultReport.Row("awards-service SIGKILLed during " + WRITES + " admissions, restarted by "
                    + "./wego up in " + FaultReport.seconds(restart), WRITES, result.lost(), result.duplicates(),
                    load.serverErrors(), load.unavailable(), FaultReport.seconds(result.took()),
                    "projection equals the source"));

            assertEquals(0, load.serverErrors(), load.describe());
            assertEquals(WRITES, load.accepted.size(), "membership was never affected: " + load.describe());
            assertEquals(0, result.lost(), "events lost: " + result.missing());
            assertEquals(0, result.duplicates(), "applied twice: " + result.revisions());
        }
    }
}
