package org.wego.fault;

import org.wego.testsupport.KafkaProbe;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Membership events as the membership-service writes them, for the cases that put records on Kafka themselves. */
final class Events {

    static final String TOPIC = "wego.membership.events";
    static final String DLQ = TOPIC + ".dlq";
    static final String ADMITTED = "org.wego.membership.member.admitted.v1";
    static final String STATUS_CHANGED = "org.wego.membership.member.status-changed.v1";

    private Events() {
    }

    static String admitted(String code) {
        return "{\"code\":\"" + code + "\",\"name\":\"Fault city " + code + "\",\"country\":\"KR\",\"region\":\"ASIA\","
                + "\"type\":\"FULL\",\"joinedOn\":\"2020-01-01\"}";
    }

    static String statusChanged(String code, String status, String from, String effective, boolean good) {
        return "{\"code\":\"" + code + "\",\"status\":\"" + status + "\",\"previousStatus\":\"" + from
                + "\",\"effectiveDate\":\"" + effective + "\",\"reason\":\"fault suite\",\"goodStanding\":" + good + "}";
    }

    static Map<String, String> headers(String id, String type, String code, long sequence) {
        return KafkaProbe.cloudEvent(id, type, "members/" + code, sequence);
    }

    static String id() {
        return UUID.randomUUID().toString();
    }

    /** What SmallRye's dead-letter strategy adds to the original headers. */
    static Map<String, String> deadLettered(Map<String, String> original, String reason) {
        Map<String, String> headers = new HashMap<>(original);
        headers.put("dead-letter-reason", reason);
        headers.put("dead-letter-topic", TOPIC);
        headers.put("dead-letter-exception-class-name", "org.hibernate.exception.JDBCConnectionException");
        return headers;
    }
}
