package org.wego.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboundEventTest {

    static ConsumerRecord<String, String> record(Map<String, String> headers, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("wego.membership.events", 0, 0L, "seoul", value);
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    static Map<String, String> validHeaders() {
        return Map.of("ce_specversion", "1.0", "ce_id", "e-1", "ce_type", EventTypes.MEMBER_ADMITTED,
                "ce_source", "/wego/membership-service", "ce_subject", "members/seoul",
                "ce_time", "2026-11-26T10:15:30Z");
    }

    @Test
    void readsBinaryModeAttributesAndData() {
        InboundEvent event = InboundEvent.from(record(validHeaders(), "{\"code\":\"seoul\"}"));
        assertEquals("e-1", event.id());
        assertEquals(EventTypes.MEMBER_ADMITTED, event.type());
        assertEquals("/wego/membership-service", event.source());
        assertEquals("members/seoul", event.subject());
        assertEquals(Instant.parse("2026-11-26T10:15:30Z"), event.time());
        assertEquals("seoul", event.key());
        assertEquals("{\"code\":\"seoul\"}", event.data());
    }

    @Test
    void missingIdIsMalformed() {
        Map<String, String> headers = new java.util.HashMap<>(validHeaders());
        headers.remove("ce_id");
        MalformedEventException e = assertThrows(MalformedEventException.class,
                () -> InboundEvent.from(record(headers, "{}")));
        assertTrue(e.getMessage().contains("ce_id"));
    }

    @Test
    void unknownSpecVersionIsMalformed() {
        Map<String, String> headers = new java.util.HashMap<>(validHeaders());
        headers.put("ce_specversion", "0.3");
        assertThrows(MalformedEventException.class, () -> InboundEvent.from(record(headers, "{}")));
    }

    @Test
    void unparsableTimeIsMalformed() {
        Map<String, String> headers = new java.util.HashMap<>(validHeaders());
        headers.put("ce_time", "yesterday");
        assertThrows(MalformedEventException.class, () -> InboundEvent.from(record(headers, "{}")));
    }

    @Test
    void emptyDataIsMalformed() {
        assertThrows(MalformedEventException.class, () -> InboundEvent.from(record(validHeaders(), " ")));
    }

    @Test
    void dataOfTheWrongShapeIsMalformed() {
        InboundEvent event = InboundEvent.from(record(validHeaders(), "[1,2]"));
        assertThrows(MalformedEventException.class,
                () -> EventPayloads.read(event, org.wego.events.membership.MemberAdmittedV1.class));
    }

    @Test
    void readsTheSequenceExtension() {
        Map<String, String> headers = new java.util.HashMap<>(validHeaders());
        assertEquals(null, InboundEvent.from(record(headers, "{}")).sequence());
        headers.put("ce_sequence", "0000000000000000042");
        assertEquals(42L, InboundEvent.from(record(headers, "{}")).sequence());
    }

    @Test
    void aSequenceThatIsNotAPositiveNumberIsMalformed() {
        Map<String, String> headers = new java.util.HashMap<>(validHeaders());
        headers.put("ce_sequence", "forty-two");
        assertThrows(MalformedEventException.class, () -> InboundEvent.from(record(headers, "{}")));
        headers.put("ce_sequence", "0");
        assertThrows(MalformedEventException.class, () -> InboundEvent.from(record(headers, "{}")));
    }
}
