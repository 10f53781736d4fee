package org.wego.e2e;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/asyncapi.yaml must list every published event type and every topic the services are configured with. */
class AsyncApiDocumentTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @SuppressWarnings("unchecked")
    static Map<String, Object> document() throws IOException {
        return new Yaml().load(Files.readString(ROOT.resolve("docs/asyncapi.yaml")));
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyEventTypeIsDocumented() throws IOException {
        Map<String, Object> messages = (Map<String, Object>) ((Map<String, Object>) document().get("components")).get("messages");
        Set<String> documented = messages.values().stream()
                .map(m -> String.valueOf(((Map<String, Object>) m).get("name"))).collect(Collectors.toSet());
        assertEquals(Set.copyOf(org.wego.events.EventTypes.ALL), documented);
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyConfiguredTopicIsAChannel() throws IOException {
        Set<String> channels = ((Map<String, Object>) document().get("channels")).values().stream()
                .map(c -> String.valueOf(((Map<String, Object>) c).get("address"))).collect(Collectors.toSet());
        for (String module : List.of("membership-service", "awards-service", "ceds-service", "knowledge-service")) {
            try (Stream<String> lines = Files.lines(ROOT.resolve(module).resolve("src/main/resources/application.properties"))) {
                lines.filter(l -> l.matches("^(wego\\.events\\.topic|mp\\.messaging\\.[a-z]+\\.[a-z-]+\\.(topic|dead-letter-queue\\.topic))=.*"))
                        .map(l -> l.substring(l.indexOf('=') + 1).replace("${wego.topic-prefix}", ""))
                        .filter(topic -> !topic.startsWith("${"))
                        .forEach(topic -> assertTrue(channels.contains(topic), module + " uses " + topic + ", undocumented"));
            }
        }
    }
}
