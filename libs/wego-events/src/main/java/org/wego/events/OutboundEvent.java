package org.wego.events;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.net.URI;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A CloudEvent ready to go to Kafka. The SmallRye Kafka connector writes it in binary mode ({@code ce_*}
 * headers, {@code content-type}, JSON value), so the header layout comes from the library, not from us.
 */
public record OutboundEvent(String id, String type, String source, String subject, Instant time, String topic,
                            String key, Long sequence, String data) {

    /** Wide enough for any long, so that the CloudEvents sequence extension also orders lexicographically. */
    static final String SEQUENCE_FORMAT = "%019d";

    public Message<String> toMessage(Supplier<CompletionStage<Void>> ack,
                                     Function<Throwable, CompletionStage<Void>> nack) {
        var builder = OutgoingCloudEventMetadata.<String>builder()
                .withId(id)
                .withType(type)
                .withSource(URI.create(source))
                .withSubject(subject)
                .withTimestamp(time.atZone(java.time.ZoneOffset.UTC))
                .withDataContentType("application/json");
        if (sequence != null) {
            builder.withExtension("sequence", String.format(SEQUENCE_FORMAT, sequence));
        }
        OutgoingCloudEventMetadata<String> ce = builder.build();
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic)
                .withKey(key)
                .build();
        return Message.of(data).withAck(ack).withNack(nack).addMetadata(ce).addMetadata(kafka);
    }

    /** Sends through {@code send} and completes when the broker has acknowledged the record. */
    public CompletableFuture<Void> sendWith(java.util.function.Consumer<Message<String>> send) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        send.accept(toMessage(() -> {
            acked.complete(null);
            return CompletableFuture.completedFuture(null);
        }, failure -> {
            acked.completeExceptionally(failure);
            return CompletableFuture.completedFuture(null);
        }));
        return acked;
    }
}
