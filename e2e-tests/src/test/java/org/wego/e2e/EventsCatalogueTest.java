package org.wego.e2e;

import org.junit.jupiter.api.Test;
import org.wego.events.EventTypes;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events catalogue in docs/events.md (type, topic, producer, consumers, payload) is the AsyncAPI document
 * rendered as a table, and the consumers the document declares are the ones the code has: each service's Kafka
 * consumers act on exactly the types its receive operations list.
 */
class EventsCatalogueTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String START = "<!-- catalogue:start (generated from docs/asyncapi.yaml; EventsCatalogueTest checks it) -->";
    private static final String END = "<!-- catalogue:end -->";

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o, String key) {
        return (Map<String, Object>) ((Map<String, Object>) o).get(key);
    }

    /** Consumer service name from an operation id such as awardsConsumesMembership or knowledgeIndexesKnowledge. */
    static String service(String operationId) {
        return operationId.split("(?=[A-Z])")[0] + "-service";
    }

    /** Message key → the services whose receive operations list it. */
    @SuppressWarnings("unchecked")
    static Map<String, Set<String>> consumers(Map<String, Object> doc) {
        Map<String, Set<String>> consumers = new TreeMap<>();
        map(doc, "operations").forEach((id, op) -> {
            Map<String, Object> operation = (Map<String, Object>) op;
            if ("receive".equals(operation.get("action"))) {
                for (Object ref : (List<Object>) operation.getOrDefault("messages", List.of())) {
                    String message = String.valueOf(((Map<String, Object>) ref).get("$ref")).replaceAll(".*/", "");
                    consumers.computeIfAbsent(message, k -> new TreeSet<>()).add(service(id));
                }
            }
        });
        return consumers;
    }

    @SuppressWarnings("unchecked")
    static String render() throws IOException {
        Map<String, Object> doc = AsyncApiDocumentTest.document();
        Map<String, Object> channels = map(doc, "channels");
        Map<String, Object> messages = map(map(doc, "components"), "messages");
        Map<String, Set<String>> consumers = consumers(doc);
        StringBuilder md = new StringBuilder("| type | topic | producer | consumers | payload (required fields) |\n")
                .append("|---|---|---|---|---|\n");
        channels.forEach((name, c) -> {
            Map<String, Object> channel = (Map<String, Object>) c;
            String topic = String.valueOf(channel.get("address"));
            String producer = topic.replaceAll("^wego\\.([a-z]+)\\.events$", "$1-service");
            ((Map<String, Object>) channel.getOrDefault("messages", Map.of())).keySet().forEach(key -> {
                Map<String, Object> message = (Map<String, Object>) messages.get(key);
                String type = String.valueOf(message.get("name"));
                Map<String, Object> payload = (Map<String, Object>) message.get("payload");
                List<Object> required = (List<Object>) payload.getOrDefault("required", List.of());
                md.append("| `").append(type).append("` | `").append(topic).append("` | ").append(producer).append(" | ")
                        .append(String.join(", ", consumers.getOrDefault(key, Set.of("—")))).append(" | ")
                        .append(required.stream().map(String::valueOf).reduce((x, y) -> x + ", " + y).orElse("—"))
                        .append("; [schema](../libs/wego-events/src/main/resources/META-INF/wego/schemas/")
                        .append(type).append(".schema.json) |\n");
            });
        });
        return md.toString();
    }

    @Test
    void theCatalogueInTheDocsIsTheAsyncApiDocument() throws IOException {
        String events = Files.readString(ROOT.resolve("docs/events.md"));
        int start = events.indexOf(START);
        int end = events.indexOf(END);
        assertTrue(start >= 0 && end > start, "docs/events.md holds the catalogue between its markers");
        String documented = events.substring(start + START.length(), end).strip();
        assertEquals(render().strip(), documented, "docs/events.md's catalogue differs from docs/asyncapi.yaml");
    }

    @Test
    void everySchemaTheCatalogueLinksExists() throws IOException {
        Matcher m = Pattern.compile("\\(\\.\\./(libs/wego-events/[^)]+)\\)").matcher(render());
        int links = 0;
        while (m.find()) {
            links++;
            assertTrue(Files.exists(ROOT.resolve(m.group(1))), m.group(1) + " exists");
        }
        assertEquals(EventTypes.ALL.size(), links, "one schema link per published type");
    }

    @SuppressWarnings("unchecked")
    @Test
    void theDeclaredConsumersAreTheCodesConsumers() throws Exception {
        Map<String, String> constants = new TreeMap<>();
        for (Field f : EventTypes.class.getFields()) {
            if (f.getType() == String.class) {
                constants.put(f.getName(), (String) f.get(null));
            }
        }
        Map<String, Object> doc = AsyncApiDocumentTest.document();
        Map<String, Object> messages = map(map(doc, "components"), "messages");
        Map<String, Set<String>> consumers = consumers(doc);
        for (String module : List.of("awards-service", "ceds-service", "knowledge-service", "membership-service")) {
            Set<String> declared = new TreeSet<>();
            consumers.forEach((key, services) -> {
                if (services.contains(module)) {
                    declared.add(String.valueOf(((Map<String, Object>) messages.get(key)).get("name")));
                }
            });
            Set<String> inCode = new TreeSet<>();
            boolean wildcard = false;
            List<Path> sources = new ArrayList<>();
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
            for (Path file : sources) {
                String source = Files.readString(file);
                if (!source.contains("@Incoming(")) {
                    continue;
                }
                Matcher m = Pattern.compile("EventTypes\\.([A-Z_]+)").matcher(source);
                boolean any = false;
                while (m.find()) {
                    any = true;
                    inCode.add(constants.get(m.group(1)));
                }
                wildcard |= !any; // a consumer that acts on every record of its topic (the search index feed)
            }
            assertTrue(declared.containsAll(inCode), module + " consumes " + inCode + " but AsyncAPI declares " + declared);
            if (!wildcard) {
                assertEquals(declared, inCode, module + ": AsyncAPI declares consumers the code does not have");
            }
        }
    }
}
