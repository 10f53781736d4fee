package org.wego.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The published JSON Schemas, applied by consumers before they act: an event whose data does not match its type's
 * schema can never be applied, so it goes to the dead-letter topic with the schema's own words as the reason.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, Optional<JsonSchema>> CACHE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** @throws MalformedEventException if the data is not JSON or breaks the schema of its type */
    public static void check(InboundEvent event) {
        JsonSchema schema = schema(event.type()).orElseThrow(
                () -> new MalformedEventException("event " + event.id() + " has type " + event.type()
                        + ", which has no published schema"));
        JsonNode data;
        try {
            data = JSON.readTree(event.data());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event " + event.id() + " data is not JSON", e);
        }
        Set<ValidationMessage> errors = schema.validate(data);
        if (!errors.isEmpty()) {
            throw new MalformedEventException("event " + event.id() + " data breaks the " + event.type()
                    + " schema: " + errors.stream().map(ValidationMessage::getMessage).sorted().limit(5)
                    .collect(Collectors.joining("; ")));
        }
    }

    static Optional<JsonSchema> schema(String type) {
        return CACHE.computeIfAbsent(type, t -> {
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(EventTypes.schemaResource(t))) {
                return in == null ? Optional.empty() : Optional.of(FACTORY.getSchema(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
