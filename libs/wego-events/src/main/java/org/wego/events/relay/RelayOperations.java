package org.wego.events.relay;

import java.time.Instant;
import java.util.List;

/**
 * What an operator needs of an event relay, whatever store its outbox lives in (a PostgreSQL table, MongoDB
 * documents): how much waits, what is parked and why, and putting parked events back in line.
 */
public interface RelayOperations {

    /** {@code published} is -1 where the store does not keep sent events. */
    record Figures(long pending, long parked, long published, long oldestPendingSeconds) {

        public static Figures of(long pending, long parked, long published, Instant oldestPending) {
            long age = oldestPending == null ? 0
                    : Math.max(0, java.time.Duration.between(oldestPending, Instant.now()).toSeconds());
            return new Figures(pending, parked, published, age);
        }
    }

    /** A parked event: the relay gave up on it, and the later events of its key wait behind it. */
    record Parked(String eventId, String type, String key, Long sequence, Instant occurredAt, Instant parkedAt,
                  int attempts, String lastError) {
    }

    /** Counted now, from the store. */
    Figures figures();

    /** As of the relay's last tick (no I/O): what gauges and health checks report. */
    Figures lastFigures();

    /** The oldest parked events, at most {@code limit}. */
    List<Parked> parked(int limit);

    /** Puts parked events back in line — all, or the one with {@code eventId} — and wakes the relay. */
    int redrive(String eventId);
}
