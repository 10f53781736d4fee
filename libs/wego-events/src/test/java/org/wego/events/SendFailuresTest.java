package org.wego.events;

import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SendFailuresTest {

    @Test
    void theBrokerBeingAwayIsNotTheEventsFault() {
        assertEquals(SendFailures.Kind.BROKER_AWAY, SendFailures.of(new CompletionException(
                new TimeoutException("Topic wego.membership.events not present in metadata after 10000 ms."))));
        assertEquals(SendFailures.Kind.BROKER_AWAY, SendFailures.of(new NotLeaderOrFollowerException("moving")));
    }

    @Test
    void aRecordTooLargeCanNeverBeSentAsItIs() {
        assertEquals(SendFailures.Kind.ROW_UNSENDABLE, SendFailures.of(new CompletionException(
                new RecordTooLargeException("The message is 2000 bytes when serialized which is larger than 1000"))));
    }

    @Test
    void otherRefusalsBackOffAndCount() {
        assertEquals(SendFailures.Kind.ROW_REFUSED, SendFailures.of(new TopicAuthorizationException("denied")));
    }

    @Test
    void theDescriptionNamesTheRootCauseAndStaysShort() {
        String text = SendFailures.describe(new CompletionException(new RecordTooLargeException("x".repeat(5000))));
        assertTrue(text.startsWith("org.apache.kafka.common.errors.RecordTooLargeException: xxx"), text);
        assertEquals(1000, text.length());
    }
}
