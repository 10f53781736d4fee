package org.wego.e2e;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker-compose.yml cannot run on a machine without a Docker engine, so it is kept consistent with the services'
 * own configuration by this test: every setting a service reads is given, ports and health checks line up, the
 * realm file is the one ./wego imports.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern SETTING = Pattern.compile("\\$\\{(WEGO_[A-Z_]+)(?::([^}]*))?}");
    private static final Map<String, String> MODULES = Map.of(
            "membership-service", "membership-service", "awards-service", "awards-service",
            "ceds-service", "ceds-service", "knowledge-service", "knowledge-service", "gateway", "gateway");

    @SuppressWarnings("unchecked")
    static Map<String, Object> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void everyPartOfThePlatformIsThere() throws IOException {
        Set<String> expected = new TreeSet<>(MODULES.keySet());
        expected.addAll(List.of("postgres", "mongo", "kafka", "kafka-topics", "keycloak"));
        assertEquals(expected, new TreeSet<>(services().keySet()));
    }

    @Test
    void everySettingAServiceReadsIsProvidedAndPortsAndHealthLineUp() throws IOException {
        Map<String, Object> services = services();
        for (var module : MODULES.entrySet()) {
            Map<String, Object> service = map(services.get(module.getKey()));
            Map<String, Object> env = map(service.get("environment"));
            String properties = Files.readString(
                    ROOT.resolve(module.getValue()).resolve("src/main/resources/application.properties"));
            Matcher m = SETTING.matcher(properties);
            while (m.find()) {
                assertTrue(env.containsKey(m.group(1)), module.getKey() + " reads " + m.group(1) + " but compose omits it");
            }
            Matcher port = Pattern.compile("quarkus\\.http\\.port=\\$\\{(WEGO_[A-Z_]+):(\\d+)}").matcher(properties);
            assertTrue(port.find(), module.getKey() + " has no configurable port");
            String portNumber = port.group(2);
            assertEquals(portNumber, String.valueOf(env.get(port.group(1))), module.getKey() + " port setting");
            assertEquals(List.of(portNumber + ":" + portNumber), service.get("ports"), module.getKey() + " published port");
            String health = String.valueOf(map(service.get("healthcheck")).get("test"));
            assertTrue(health.contains("localhost:" + portNumber + "/q/health/ready"), module.getKey() + " health: " + health);
            map(service.get("depends_on")).forEach((dependency, condition) ->
                    assertEquals(dependency.equals("kafka-topics") ? "service_completed_successfully" : "service_healthy",
                            map(condition).get("condition"), module.getKey() + " must wait for " + dependency));
            if (properties.contains("smallrye-kafka")) {
                assertTrue(map(service.get("depends_on")).containsKey("kafka-topics"),
                        module.getKey() + " uses Kafka, so it starts after the topics exist");
            }
        }
    }

    @Test
    void topicsAreCreatedOnPurposeFromTheFileTheLocalStackUses() throws IOException {
        Map<String, Object> kafka = map(services().get("kafka"));
        assertEquals("false", String.valueOf(map(kafka.get("environment")).get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")));
        List<?> volumes = (List<?>) map(services().get("kafka-topics")).get("volumes");
        assertTrue(volumes.contains("./tools/kafka-runtime/topics.conf:/etc/wego/topics.conf:ro"), volumes.toString());
        String topics = Files.readString(ROOT.resolve("tools/kafka-runtime/topics.conf"));
        for (String topic : List.of("wego.membership.events", "wego.awards.events", "wego.ceds.events",
                "wego.knowledge.events", "wego.membership.events.dlq", "wego.awards.events.dlq")) {
            assertTrue(Pattern.compile("(?m)^" + Pattern.quote(topic) + "\\s+\\d+\\s+.*retention\\.ms=-1").matcher(topics).find(),
                    topic + " is declared with its retention");
        }
    }

    @Test
    void gatewayRoutesToTheComposeServices() throws IOException {
        Map<String, Object> env = map(map(services().get("gateway")).get("environment"));
        assertEquals("http://membership-service:8081", env.get("WEGO_MEMBERSHIP_URL"));
        assertEquals("http://awards-service:8082", env.get("WEGO_AWARDS_URL"));
        assertEquals("http://ceds-service:8083", env.get("WEGO_CEDS_URL"));
        assertEquals("http://knowledge-service:8084", env.get("WEGO_KNOWLEDGE_URL"));
    }

    @Test
    void keycloakImportsTheSameRealmFileAndIssuesTheIssuerServicesExpect() throws IOException {
        Map<String, Object> keycloak = map(services().get("keycloak"));
        List<?> volumes = (List<?>) keycloak.get("volumes");
        assertTrue(volumes.stream().anyMatch(v -> String.valueOf(v).startsWith("./keycloak/wego-realm.json:")), volumes.toString());
        assertTrue(Files.readString(ROOT.resolve("keycloak/wego-realm.json")).contains("\"realm\": \"wego\""));
        String hostname = ((List<?>) keycloak.get("command")).stream().map(String::valueOf)
                .filter(a -> a.startsWith("--hostname=")).findFirst().orElse(null);
        assertNotNull(hostname);
        String issuer = String.valueOf(map(map(services().get("membership-service")).get("environment")).get("WEGO_TOKEN_ISSUER"));
        assertEquals(hostname.substring("--hostname=".length()) + "/realms/wego", issuer);
    }
}
