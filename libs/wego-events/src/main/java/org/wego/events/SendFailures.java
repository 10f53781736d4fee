package org.wego.events;

import java.util.Set;

/**
 * Why a record did not reach the broker, in the terms a relay acts on: the broker (or the way to it) is away — the
 * event is not at fault, it waits and is sent again; the event itself was refused — it backs off; or the refusal can
 * never change by itself (too large for the topic, an invalid topic) — it is parked at once.
 */
public final class SendFailures {

    public enum Kind { BROKER_AWAY, ROW_REFUSED, ROW_UNSENDABLE }

    /** Errors that say the same record will be refused the same way every time. */
    private static final Set<String> UNSENDABLE = Set.of(
            "org.apache.kafka.common.errors.RecordTooLargeException",
            "org.apache.kafka.common.errors.RecordBatchTooLargeException",
            "org.apache.kafka.common.errors.InvalidTopicException",
            "org.apache.kafka.common.errors.SerializationException",
            "org.apache.kafka.common.errors.InvalidRecordException",
            "org.apache.kafka.common.InvalidRecordException");

    /** Errors that say nothing about the record: the broker is down, unreachable, or slow. */
    private static final Set<String> BROKER_AWAY = Set.of(
            "org.apache.kafka.common.errors.RetriableException",
            "org.apache.kafka.common.errors.TimeoutException",
            "org.apache.kafka.common.errors.DisconnectException",
            "org.apache.kafka.common.errors.InterruptException",
            "java.util.concurrent.TimeoutException",
            "java.io.IOException");

    private SendFailures() {
    }

    public static Kind of(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (isA(t.getClass(), UNSENDABLE)) {
                return Kind.ROW_UNSENDABLE;
            }
        }
        for (Throwable t = failure; t != null; t = next(t)) {
            if (isA(t.getClass(), BROKER_AWAY)) {
                return Kind.BROKER_AWAY;
            }
        }
        return Kind.ROW_REFUSED;
    }

    /** The root cause in one line, at most 1,000 characters (it is stored with the event). */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (next(root) != null) {
            root = next(root);
        }
        String text = root.getClass().getName() + ": " + root.getMessage();
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private static Throwable next(Throwable t) {
        return t.getCause() == t ? null : t.getCause();
    }

    private static boolean isA(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (names.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
