package org.wego.gateway.edge;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstThenTheSteadyRate() {
        AtomicLong now = new AtomicLong(0);
        TokenBucket bucket = new TokenBucket(20, 40, now::get);
        for (int i = 0; i < 40; i++) {
            TokenBucket.Decision d = bucket.take();
            assertTrue(d.allowed(), "request " + i);
            assertEquals(39 - i, d.remaining());
        }
        TokenBucket.Decision refused = bucket.take();
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
        assertEquals(2, refused.resetSeconds()); // 40 tokens at 20/s
        now.addAndGet(SECOND / 2); // 10 tokens back
        int allowed = 0;
        while (bucket.take().allowed()) {
            allowed++;
        }
        assertEquals(10, allowed);
    }

    @Test
    void neverMoreThanTheBurstAfterALongPause() {
        AtomicLong now = new AtomicLong(0);
        TokenBucket bucket = new TokenBucket(1, 3, now::get);
        now.addAndGet(3600 * SECOND);
        assertEquals(2, bucket.take().remaining());
        assertEquals(1, bucket.take().remaining());
        assertEquals(0, bucket.take().remaining());
        TokenBucket.Decision refused = bucket.take();
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
    }

    @Test
    void slowRatesSayHowLongToWait() {
        AtomicLong now = new AtomicLong(0);
        TokenBucket bucket = new TokenBucket(0.1, 1, now::get); // one request per 10 s
        assertTrue(bucket.take().allowed());
        assertEquals(10, bucket.take().retryAfterSeconds());
        now.addAndGet(4 * SECOND);
        assertEquals(6, bucket.take().retryAfterSeconds());
        assertThrows(IllegalArgumentException.class, () -> new TokenBucket(0, 1, now::get));
    }
}
