package org.wego.events.consume;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How many records wait on this service's dead-letter topics ({@code wego.dead-letter.topics}) and were not yet
 * replayed: the topic's end offsets minus what the replay tool ({@code ./wego dlq <topic> --replay}, consumer group
 * {@value #REPLAY_GROUP}) has committed. Reported as {@code wego_dlq_depth{topic}} and in {@code /q/health/well};
 * refreshed every 10 s so a scrape or a health probe never waits for Kafka.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REPLAY_GROUP = "wego-dlq-replay";
    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final List<String> topics;
    private final String bootstrap;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> depth = new ConcurrentHashMap<>();
    private volatile Admin admin;

    public DeadLetters(@ConfigProperty(name = "wego.dead-letter.topics") Optional<List<String>> topics,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap, MeterRegistry registry) {
        this.topics = topics.orElse(List.of());
        this.bootstrap = bootstrap;
        this.registry = registry;
        for (String topic : this.topics) {
            AtomicLong value = new AtomicLong(-1);
            depth.put(topic, value);
            Gauge.builder("wego_dlq_depth", value, AtomicLong::get).tag("topic", topic)
                    .description("Dead-lettered records not yet replayed (-1 until first measured)").register(registry);
        }
    }

    /** Depth per topic as last measured; -1 if it could not be measured yet. */
    public Map<String, Long> depths() {
        Map<String, Long> out = new HashMap<>();
        depth.forEach((t, v) -> out.put(t, v.get()));
        return out;
    }

    @Scheduled(every = "${wego.dead-letter.refresh:10s}", delay = 5, delayUnit = TimeUnit.SECONDS,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        if (topics.isEmpty()) {
            return;
        }
        try {
            Map<String, TopicDescription> described = admin().describeTopics(topics).allTopicNames()
                    .get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            Map<TopicPartition, OffsetSpec> starts = new HashMap<>();
            described.values().forEach(d -> d.partitions().forEach(p -> {
                ends.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest());
                starts.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.earliest());
            }));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin().listOffsets(ends).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start = admin().listOffsets(starts).all().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> replayed = admin().listConsumerGroupOffsets(REPLAY_GROUP)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<String, Long> totals = new HashMap<>();
            end.forEach((tp, info) -> {
                long from = start.get(tp).offset();
                OffsetAndMetadata done = replayed.get(tp);
                if (done != null) {
                    from = Math.max(from, done.offset());
                }
                totals.merge(tp.topic(), Math.max(0, info.offset() - from), Long::sum);
            });
            totals.forEach((t, n) -> depth.get(t).set(n));
        } catch (Exception e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) {
                topics.forEach(t -> depth.get(t).compareAndSet(-1, 0)); // no dead letter yet: nothing waits
            } else {
                LOG.debugf("dead-letter depth not measured now: %s", e.getMessage());
            }
        }
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties props = new Properties();
                    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
                    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
                    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
                    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "dead-letter-depth");
                    admin = Admin.create(props);
                }
            }
        }
        return admin;
    }

    void close(@Observes ShutdownEvent stop) {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
