package org.wego.gateway.edge;

import java.util.function.LongSupplier;

/**
 * A token bucket: {@code burst} tokens at most, refilled continuously at {@code ratePerSecond}. Thread-safe; time
 * comes from a nanosecond clock so tests can drive it. Small enough that a rate-limiting library (Bucket4j, Guava's
 * RateLimiter — which blocks instead of answering) would add more than it saves.
 */
public final class TokenBucket {

    /** The outcome of one take: allowed or not, tokens left, and when to retry / when the bucket is full again. */
    public record Decision(boolean allowed, long limit, long remaining, long retryAfterSeconds, long resetSeconds) {
    }

    private final double ratePerNano;
    private final long burst;
    private final LongSupplier nanos;
    private double tokens;
    private long last;

    public TokenBucket(double ratePerSecond, long burst, LongSupplier nanos) {
        if (ratePerSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be > 0 and burst >= 1");
        }
        this.ratePerNano = ratePerSecond / 1e9;
        this.burst = burst;
        this.nanos = nanos;
        this.tokens = burst;
        this.last = nanos.getAsLong();
    }

    public synchronized Decision take() {
        long now = nanos.getAsLong();
        tokens = Math.min(burst, tokens + (now - last) * ratePerNano);
        last = now;
        long reset = (long) Math.ceil((burst - tokens) / ratePerNano / 1e9);
        if (tokens >= 1) {
            tokens -= 1;
            return new Decision(true, burst, (long) Math.floor(tokens), 0, (long) Math.ceil((burst - tokens) / ratePerNano / 1e9));
        }
        long retry = Math.max(1, (long) Math.ceil((1 - tokens) / ratePerNano / 1e9));
        return new Decision(false, burst, 0, retry, reset);
    }
}
