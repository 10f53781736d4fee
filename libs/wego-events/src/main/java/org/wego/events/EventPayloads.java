package org.wego.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * JSON of event payloads, with its own mapper so that a service's REST settings (unknown-field strictness,
 * naming) can never change the wire contract. Readers ignore unknown fields: producers may add fields (v1 rule).
 */
public final class EventPayloads {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private EventPayloads() {
    }

    public static String toJson(Object payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be serialised: " + payload.getClass(), e);
        }
    }

    public static <T> T read(InboundEvent event, Class<T> type) {
        try {
            return MAPPER.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event " + event.id() + " data is not a valid " + type.getSimpleName(), e);
        }
    }
}
