package org.wego.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelayPassTest {

    private final RelayPass pass = new RelayPass(null, null, Duration.ofSeconds(10), 5, Duration.ofSeconds(1),
            Duration.ofMinutes(5));

    @Test
    void aRefusedRowBacksOffExponentiallyUpToTheCap() {
        assertEquals(Duration.ofSeconds(1), pass.backoffAfter(1));
        assertEquals(Duration.ofSeconds(2), pass.backoffAfter(2));
        assertEquals(Duration.ofSeconds(4), pass.backoffAfter(3));
        assertEquals(Duration.ofSeconds(16), pass.backoffAfter(5));
        assertEquals(Duration.ofMinutes(5), pass.backoffAfter(12));
        assertEquals(Duration.ofMinutes(5), pass.backoffAfter(1_000), "no overflow for a row refused very often");
    }
}
