package org.wego.fault;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.DatabaseFaults;
import org.wego.testsupport.KafkaProbe;
import org.wego.testsupport.Stack;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The awards-service's database is unreachable for 15 s while 200 member events arrive: every event waits and is
 * applied when the database is back — none goes to the dead-letter topic — and its reads answer 503, never 500.
 */
@Order(3)
class ConsumerDatabaseAwayTest {

    static final int WRITES = 200;

    @Test
    void eventsWaitForTheirDatabaseInsteadOfBeingDeadLettered() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String database = Stack.setting("WEGO_AWARDS_DB", "awards");
        AtomicBoolean stop = new AtomicBoolean();
        Projections.Result result;
        try (Load load = new Load(6); Load reads = new Load(2)) {
            Future<?> reading = reads.loop(() -> Api.get(Api.awards() + "/api/v1/awards/cities/seoul", "secretariat"), stop::get);
            Instant away = Instant.now();
            try (DatabaseFaults outage = DatabaseFaults.unreachable(database)) {
                load.admit(WRITES, i -> "fd-" + run + "-" + i);
                // The outage lasts 15 s, as the issue measured it; the events must wait that long, not fail.
                Thread.sleep(Math.max(0, Duration.ofSeconds(15).minus(Duration.between(away, Instant.now())).toMillis()));
            }
            result = Projections.awaitAll(load.accepted, Duration.ofSeconds(90));
            stop.set(true);
            reading.get();
            Set<String> codes = load.accepted;
            int deadLettered = KafkaProbe.upToEnd("wego.membership.events.dlq", r -> codes.contains(r.key())).size();
            FaultReport.add(new FaultReport.Row("awards database unreachable 15 s during " + WRITES + " events",
                    WRITES, result.lost() + deadLettered, result.duplicates(), reads.serverErrors(), reads.unavailable(),
                    FaultReport.seconds(result.took()) + " after the database was back",
                    deadLettered + " dead-lettered; reads meanwhile " + reads.describe()));

            assertEquals(WRITES, load.accepted.size(), load.describe());
            assertEquals(0, deadLettered, "an outage must not dead-letter events");
            assertEquals(0, reads.serverErrors(), reads.describe());
            assertEquals(0, reads.unavailableWithoutRetryAfter(), reads.describe());
            assertTrue(reads.unavailable() > 0, "reads during the outage answered 503: " + reads.describe());
        }
        assertEquals(0, result.lost(), "events lost: " + result.missing());
        assertEquals(0, result.duplicates(), "applied twice: " + result.revisions());
    }
}
