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

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An outbox row the broker refuses (larger than the topic accepts) is parked: the relay stops trying it, its metric
 * and /q/health/well say so, the later row of the same member waits behind it (order per key is the promise), and
 * other members' events flow. Once the cause is fixed, a re-drive sends both, in order.
 */
@Order(9)
class ParkedOutboxRowTest {

    static final String MEMBERSHIP_OUTBOX = "/api/v1/membership/admin/outbox";

    @Test
    void aRowTheBrokerRefusesIsParkedItsKeyWaitsOthersFlowAndARedriveSendsBothInOrder() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String stuck = "fk-park-" + run;
        String other = "fk-flow-" + run;
        assertEquals(201, Api.admit(stuck).status());
        Projections.awaitAll(Set.of(stuck), Duration.ofSeconds(30));
        String memberUrl = Api.membership() + "/api/v1/membership/members/" + stuck;
        String longName = "Long-named city " + "n".repeat(180);
        Instant start = Instant.now();
        double parkedBefore = parkedGauge();
        boolean redriven = false;
        try {
            // Short admissions (~500 bytes) still fit; a profile with a 200-character name and a 300-character
            // website does not.
            Topics.set(Events.TOPIC, "max.message.bytes", "800");
            Api.Answer renamed = Api.patch(memberUrl, "secretariat", Api.get(memberUrl, "secretariat").etag(),
                    Map.of("name", longName, "website", "https://example.org/" + "w".repeat(270)));
            assertEquals(200, renamed.status(), renamed.body());
            assertEquals(200, Api.patch(memberUrl, "secretariat", renamed.etag(), Map.of("population", 12345)).status());
            assertEquals(201, Api.admit(other).status());

            Projections.Result flowing = Projections.awaitAll(Set.of(other), Duration.ofSeconds(30));
            assertEquals(0, flowing.lost(), "another member's event flows past the parked row");
            await().atMost(Duration.ofSeconds(30)).until(() -> Api.get(Api.membership() + MEMBERSHIP_OUTBOX, "admin")
                    .json().get("parkedEvents").findValuesAsText("key").contains(stuck));
            await().atMost(Duration.ofSeconds(10)).until(() -> parkedGauge() >= parkedBefore + 1);
            assertEquals(503, Api.get(Api.membership() + "/q/health/well", null).status());
            assertTrue(updates(stuck).isEmpty(), "nothing of the stuck member overtook its parked row");
            Topics.set(Events.TOPIC, "max.message.bytes", null);
            Api.Answer redrive = Api.post(Api.membership() + MEMBERSHIP_OUTBOX + "/redrive", "admin", "");
            assertEquals(200, redrive.status(), redrive.body());
            redriven = true;
        } finally {
            // Whatever failed above, the shared stack gets its topic limit and its parked rows back.
            Topics.set(Events.TOPIC, "max.message.bytes", null);
            if (!redriven) {
                Api.post(Api.membership() + MEMBERSHIP_OUTBOX + "/redrive", "admin", "");
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> updates(stuck).size() == 2);
        List<String> order = updates(stuck).stream().map(r -> KafkaProbe.header(r, "ce_sequence").orElseThrow()).toList();
        assertEquals(List.of("0000000000000000002", "0000000000000000003"), order, "both updates, in their order");
        await().atMost(Duration.ofSeconds(30)).until(() -> Api.get(Api.awards() + "/api/v1/awards/cities/" + stuck,
                "secretariat").json().path("name").asText().equals(longName));
        await().atMost(Duration.ofSeconds(10)).until(() -> parkedGauge() == 0);
        FaultReport.add(new FaultReport.Row("outbox row over the topic's max.message.bytes", 3, 0, 0, 0, 0,
                FaultReport.seconds(Duration.between(start, Instant.now())) + " incl. re-drive",
                "parked at once, metric and /q/health/well set, its key waited, another member flowed"));
    }

    static List<ConsumerRecord<String, String>> updates(String code) {
        return KafkaProbe.upToEnd(Events.TOPIC, r -> code.equals(r.key())
                && "org.wego.membership.member.updated.v1".equals(KafkaProbe.header(r, "ce_type").orElse("")));
    }

    static double parkedGauge() {
        return Api.get(Api.membership() + "/q/metrics", null).body().lines()
                .filter(l -> l.startsWith("wego_outbox_parked ") || l.startsWith("wego_outbox_parked{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
