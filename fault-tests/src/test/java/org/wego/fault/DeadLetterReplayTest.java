package org.wego.fault;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recovery the issue asked for: member.admitted events that an earlier release dead-lettered on a transient
 * failure are valid events. The depth shows in every consumer's metrics; {@code ./wego dlq --replay} sends them
 * back, and every projection gets them.
 */
@Order(5)
class DeadLetterReplayTest {

    @Test
    void deadLettersAreVisibleAndAReplayDeliversThemToEveryConsumer() {
        String code = "fr-" + UUID.randomUUID().toString().substring(0, 8);
        String id = Events.id();
        KafkaProbe.send(Events.DLQ, code, Events.deadLettered(Events.headers(id, Events.ADMITTED, code, 1),
                "Unable to acquire JDBC Connection (dead-lettered by a release that did not retry)"), Events.admitted(code));

        await().atMost(Duration.ofSeconds(40)).until(() -> depth(Api.awards()) >= 1 && depth(Api.ceds()) >= 1);
        String listing = LocalStack.wego("dlq", Events.DLQ);
        assertTrue(listing.contains(code) && listing.contains(id), listing);

        Instant replayed = Instant.now();
        String replay = LocalStack.wego("dlq", Events.DLQ, "--replay");
        assertTrue(replay.contains("replayed"), replay);
        Projections.Result result = Projections.awaitAll(Set.of(code), Duration.ofSeconds(30));
        // A second replay finds nothing new from this case: the replay position moved to the end.
        String again = LocalStack.wego("dlq", Events.DLQ);
        FaultReport.add(new FaultReport.Row("member.admitted left in the DLQ by an older release, replayed with "
                + "./wego dlq --replay", 1, result.lost(), result.duplicates(), 0, 0,
                FaultReport.seconds(Duration.between(replayed, Instant.now())),
                "depth seen in wego_dlq_depth of awards and ceds before the replay"));
        assertEquals(0, result.lost(), "replayed event not applied: " + result.missing());
        assertTrue(!again.contains(id), again);
    }

    /** wego_dlq_depth of the membership dead-letter topic as a consumer reports it (-1 before first measured). */
    static double depth(String service) {
        String metrics = Api.get(service + "/q/metrics", null).body();
        return metrics.lines().filter(l -> l.startsWith("wego_dlq_depth{") && l.contains("\"" + Events.DLQ + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).max().orElse(-1);
    }
}
