package org.wego.fault;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.KafkaProbe;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Events delivered twice and out of order — the status change before the admission it follows — end as the source
 * says: the change is kept until the city appears, counted by effective date, and no duplicate moves anything.
 */
@Order(7)
class OutOfOrderTest {

    @Test
    void aStatusChangeBeforeItsAdmissionAndDuplicatesEndAsTheSourceSays() {
        String code = "fo-" + UUID.randomUUID().toString().substring(0, 8);
        String admitted = Events.id();
        String suspended = Events.id();
        Instant sent = Instant.now();
        for (int round = 0; round < 2; round++) {
            KafkaProbe.send(Events.TOPIC, code, Events.headers(suspended, Events.STATUS_CHANGED, code, 2),
                    Events.statusChanged(code, "SUSPENDED", "ACTIVE", "2025-01-01", false));
            KafkaProbe.send(Events.TOPIC, code, Events.headers(admitted, Events.ADMITTED, code, 1), Events.admitted(code));
        }
        Projections.Result result = Projections.awaitAll(Set.of(code), Duration.ofSeconds(30));
        JsonNode city = await().atMost(Duration.ofSeconds(30)).until(
                () -> Api.get(Api.awards() + "/api/v1/awards/cities/" + code, "secretariat").json(),
                c -> "SUSPENDED".equals(c.path("status").asText()));
        FaultReport.add(new FaultReport.Row("status change before its admission, both delivered twice", 2,
                result.lost(), result.duplicates(), 0, 0, FaultReport.seconds(Duration.between(sent, Instant.now())),
                "awards: " + city.get("status").asText() + " from " + city.get("standingFrom").asText()));

        assertEquals(0, result.lost(), result.missing().toString());
        assertEquals(0, result.duplicates(), "applied twice: " + result.revisions());
        assertEquals("2025-01-01", city.get("standingFrom").asText());
        assertEquals(false, city.get("goodStanding").asBoolean());
    }
}
