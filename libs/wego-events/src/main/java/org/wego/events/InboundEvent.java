package org.wego.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A CloudEvent read from Kafka in binary mode: attributes from {@code ce_*} headers, JSON data in the value.
 * Parsing is strict because a consumer must send anything it cannot trust to the dead-letter topic instead of
 * half-applying it.
 */
public record InboundEvent(String id, String type, String source, String subject, Instant time, String key,
                           Long sequence, String data) {

    public static InboundEvent from(ConsumerRecord<String, String> record) {
        String id = required(record, "ce_id");
        String specVersion = required(record, "ce_specversion");
        if (!"1.0".equals(specVersion)) {
            throw new MalformedEventException("unsupported ce_specversion " + specVersion);
        }
        String time = header(record, "ce_time");
        Instant parsedTime;
        try {
            parsedTime = time == null ? null : Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("ce_time is not an RFC 3339 timestamp");
        }
        if (record.value() == null || record.value().isBlank()) {
            throw new MalformedEventException("event " + id + " has no data");
        }
        return new InboundEvent(id, required(record, "ce_type"), required(record, "ce_source"),
                header(record, "ce_subject"), parsedTime, record.key(), sequence(record), record.value());
    }

    /**
     * The CloudEvents sequence extension ({@code ce_sequence}): the position of the event among its aggregate's
     * events, written by the outbox as a zero-padded decimal so that it also orders as a string. Absent on events
     * from producers that do not number them; consumers then fall back to arrival order.
     */
    private static Long sequence(ConsumerRecord<String, String> record) {
        String value = header(record, "ce_sequence");
        if (value == null) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 1) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new MalformedEventException("ce_sequence is not a positive decimal number: " + value);
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
