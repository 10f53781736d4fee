package org.wego.fault;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A projection rebuilt from scratch from the retained topic ({@code ./wego rebuild awards}: stop, empty, consumer
 * group to the start, start) ends equal to the source for every member whose history is on the topic — which is
 * why the topic keeps its history forever. (A broker whose data was lost cannot give back what it lost: members
 * admitted before that are reported, not rebuilt.)
 */
@Order(10)
class RebuildProjectionTest {

    @Test
    void theAwardsProjectionRebuiltFromTheTopicEqualsTheSource() {
        assertEquals("-1", Topics.config(Events.TOPIC, "retention.ms"), "membership history is kept forever");
        Set<String> onTopic = KafkaProbe.upToEnd(Events.TOPIC,
                        r -> Events.ADMITTED.equals(KafkaProbe.header(r, "ce_type").orElse(""))).stream()
                .map(r -> r.key()).collect(Collectors.toSet());
        Map<String, String> source = members();
        source.keySet().retainAll(onTopic);
        // A member whose latest change is still in the outbox (parked) is not all on the topic yet.
        Api.get(Api.membership() + "/api/v1/membership/admin/outbox", "admin").json().get("parkedEvents")
                .forEach(p -> source.remove(p.get("key").asText()));
        assertTrue(source.size() >= 100, "the earlier cases admitted hundreds of members: " + source.size());

        Instant start = Instant.now();
        String out = LocalStack.wego("rebuild", "awards");
        AtomicReference<Map<String, String>> projected = new AtomicReference<>(Map.of());
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            projected.set(awardsCities());
            return projected.get().keySet().containsAll(source.keySet());
        });
        Duration took = Duration.between(start, Instant.now());
        long differences = source.entrySet().stream()
                .filter(m -> !m.getValue().equals(projected.get().get(m.getKey()))).count();
        FaultReport.add(new FaultReport.Row("awards projection rebuilt from scratch from the topic (" + source.size()
                + " members on it)", source.size(), 0, 0, 0, 0, FaultReport.seconds(took),
                differences + " cities differ from membership (name, country)"));
        assertEquals(0, differences, out);
    }

    /** code → "name|country" as the membership-service has it. */
    static Map<String, String> members() {
        return page(Api.membership() + "/api/v1/membership/members", "secretariat");
    }

    static Map<String, String> awardsCities() {
        return page(Api.awards() + "/api/v1/awards/cities", "secretariat");
    }

    private static Map<String, String> page(String url, String user) {
        Map<String, String> all = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode body = Api.get(url + "?size=100&page=" + page, user).json();
            body.get("items").forEach(i -> all.put(i.get("code").asText(),
                    i.get("name").asText() + "|" + i.get("country").asText()));
            if ((long) (page + 1) * 100 >= body.get("total").asLong()) {
                return all;
            }
        }
    }
}
