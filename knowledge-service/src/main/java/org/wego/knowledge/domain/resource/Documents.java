package org.wego.knowledge.domain.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * Converts content records to BSON documents and back through Jackson, so dates are stored as ISO-8601 strings
 * (sortable, time-zone free for local event times) and the record stays the one model of the content.
 */
public final class Documents {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private Documents() {
    }

    public static Document of(ObjectMapper json, Object value) {
        try {
            return Document.parse(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable: " + value, e);
        }
    }

    public static <T> T read(ObjectMapper json, Document document, Class<T> type) {
        try {
            return json.readValue(document.toJson(RELAXED), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored document is unreadable as " + type.getSimpleName(), e);
        }
    }
}
