package org.wego.events.consume;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SequencesTest {

    @Test
    void onlyANewerNumberReplacesState() {
        assertTrue(Sequences.supersedes(5L, 4L));
        assertFalse(Sequences.supersedes(4L, 4L), "a redelivery of the same event changes nothing");
        assertFalse(Sequences.supersedes(3L, 4L), "an older event arriving late changes nothing");
    }

    @Test
    void withoutNumbersTheLatestArrivalWins() {
        assertTrue(Sequences.supersedes(null, 4L));
        assertTrue(Sequences.supersedes(4L, null));
        assertTrue(Sequences.supersedes(null, null));
    }
}
