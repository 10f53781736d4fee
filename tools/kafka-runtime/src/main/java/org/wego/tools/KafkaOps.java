package org.wego.tools;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What an operator does to the platform's Kafka, as ./wego runs it (Kafka's own shell tools are not in the Maven
 * artifacts the local stack uses, so these few operations are written against the Admin/consumer/producer clients):
 * <ul>
 * <li>{@code topics <file> <prefix>...}: create the declared topics, or bring existing ones to the declared
 *     partitions (only ever more) and configs;</li>
 * <li>{@code dlq <topic.dlq> [--replay]}: list the dead letters not yet replayed (key, type, id, why), and with
 *     {@code --replay} send each (once per event id) back to the topic it came from with its original headers, then
 *     remember how far the replay got (consumer group {@value #REPLAY_GROUP}, which the services' dead-letter depth
 *     gauge reads);</li>
 * <li>{@code reset-group <group> <topic>}: move a stopped consumer group back to the start of a topic, to rebuild its
 *     projection from the retained history.</li>
 * </ul>
 * Usage: {@code KafkaOps <bootstrap> <command> <args>}.
 */
public final class KafkaOps {

    static final String REPLAY_GROUP = "wego-dlq-replay";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private KafkaOps() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            usage();
        }
        String bootstrap = args[0];
        switch (args[1]) {
            case "topics" -> topics(bootstrap, Path.of(args[2]), List.of(args).subList(3, args.length));
            case "dlq" -> deadLetters(bootstrap, args[2], args.length > 3 && "--replay".equals(args[3]));
            case "reset-group" -> resetGroup(bootstrap, args[2], args[3]);
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: KafkaOps <bootstrap> topics <file> <prefix|-> ... | dlq <topic.dlq> [--replay] "
                + "| reset-group <group> <topic>");
        System.exit(2);
    }

    // ---- topics ------------------------------------------------------------------------------------------------------

    record Declared(String name, int partitions, Map<String, String> configs) {
    }

    static List<Declared> read(Path file) throws Exception {
        List<Declared> topics = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] cols = text.split("\\s+");
            Map<String, String> configs = new LinkedHashMap<>();
            if (cols.length > 2) {
                for (String pair : cols[2].split(",")) {
                    String[] kv = pair.split("=", 2);
                    configs.put(kv[0], kv[1]);
                }
            }
            topics.add(new Declared(cols[0], Integer.parseInt(cols[1]), configs));
        }
        return topics;
    }

    static void topics(String bootstrap, Path file, List<String> prefixes) throws Exception {
        List<Declared> declared = read(file);
        try (Admin admin = admin(bootstrap)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            int created = 0;
            int changed = 0;
            for (String rawPrefix : prefixes) {
                String prefix = "-".equals(rawPrefix) ? "" : rawPrefix;
                for (Declared d : declared) {
                    String name = prefix + d.name();
                    if (!existing.contains(name)) {
                        admin.createTopics(List.of(new NewTopic(name, d.partitions(), (short) 1).configs(d.configs())))
                                .all().get(30, TimeUnit.SECONDS);
                        created++;
                        continue;
                    }
                    TopicDescription now = admin.describeTopics(List.of(name)).allTopicNames().get(30, TimeUnit.SECONDS).get(name);
                    if (now.partitions().size() < d.partitions()) {
                        admin.createPartitions(Map.of(name, NewPartitions.increaseTo(d.partitions()))).all()
                                .get(30, TimeUnit.SECONDS);
                        changed++;
                    }
                    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
                    Map<String, String> current = new HashMap<>();
                    admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource).entries()
                            .forEach(e -> current.put(e.name(), e.value()));
                    List<AlterConfigOp> ops = new ArrayList<>();
                    d.configs().forEach((k, v) -> {
                        if (!v.equals(current.get(k))) {
                            ops.add(new AlterConfigOp(new ConfigEntry(k, v), AlterConfigOp.OpType.SET));
                        }
                    });
                    if (!ops.isEmpty()) {
                        admin.incrementalAlterConfigs(Map.of(resource, ops)).all().get(30, TimeUnit.SECONDS);
                        changed++;
                    }
                }
            }
            System.out.println("topics: " + created + " created, " + changed + " brought to their declared shape, "
                    + (declared.size() * prefixes.size() - created - changed) + " already as declared");
        }
    }

    // ---- dead letters ------------------------------------------------------------------------------------------------

    static void deadLetters(String bootstrap, String topic, boolean replay) throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, REPLAY_GROUP);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> done = consumer.committed(new HashSet<>(partitions), TIMEOUT);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata d = done.get(tp);
                consumer.seek(tp, d == null ? start.get(tp) : Math.max(d.offset(), start.get(tp)));
            }
            List<ConsumerRecord<byte[], byte[]>> waiting = new ArrayList<>();
            long deadline = System.currentTimeMillis() + TIMEOUT.toMillis();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        waiting.add(r);
                    }
                });
            }
            System.out.printf("%s: %d dead letters not yet replayed%n", topic, waiting.size());
            System.out.printf("%-12s %-30s %-45s %-38s %s%n", "partition@offset", "key", "ce_type", "ce_id", "reason");
            for (ConsumerRecord<byte[], byte[]> r : waiting) {
                System.out.printf("%-12s %-30s %-45s %-38s %s%n", r.partition() + "@" + r.offset(), text(r.key()),
                        header(r, "ce_type"), header(r, "ce_id"), shorten(header(r, "dead-letter-reason"), 120));
            }
            if (!replay) {
                return;
            }
            int sent = replay(bootstrap, topic, waiting);
            Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
            end.forEach((tp, offset) -> commit.put(tp, new OffsetAndMetadata(offset, "replayed by ./wego dlq")));
            consumer.commitSync(commit, TIMEOUT);
            System.out.printf("replayed %d events (%d dead letters) to their topics; the replay position of %s is "
                    + "now its end%n", sent, waiting.size(), topic);
        }
    }

    private static int replay(String bootstrap, String dlq, List<ConsumerRecord<byte[], byte[]>> waiting) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        Set<String> seen = new HashSet<>();
        int sent = 0;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (ConsumerRecord<byte[], byte[]> r : waiting) {
                String id = header(r, "ce_id");
                // Several consumer groups may have dead-lettered the same event: it goes back once, and every
                // group that had applied it skips it by its id.
                if (!id.isEmpty() && !seen.add(id)) {
                    continue;
                }
                String target = header(r, "dead-letter-topic");
                if (target.isEmpty()) {
                    target = dlq.endsWith(".dlq") ? dlq.substring(0, dlq.length() - 4) : dlq;
                }
                ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(target, r.key(), r.value());
                for (Header h : r.headers()) {
                    if (!h.key().startsWith("dead-letter-")) {
                        out.headers().add(h);
                    }
                }
                out.headers().add("wego-replayed-from", (r.topic() + "/" + r.partition() + "@" + r.offset())
                        .getBytes(StandardCharsets.UTF_8));
                producer.send(out).get(30, TimeUnit.SECONDS);
                sent++;
            }
        }
        return sent;
    }

    // ---- rebuild -----------------------------------------------------------------------------------------------------

    static void resetGroup(String bootstrap, String group, String topic) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            TopicDescription d = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            d.partitions().forEach(p -> start.put(new TopicPartition(topic, p.partition()), new OffsetAndMetadata(0)));
            admin.alterConsumerGroupOffsets(group, start).all().get(30, TimeUnit.SECONDS);
            System.out.printf("consumer group %s now starts %s from the beginning (%d partitions)%n", group, topic,
                    start.size());
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private static Admin admin(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return Admin.create(props);
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String shorten(String s, int max) {
        String oneLine = s.replace('\n', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
