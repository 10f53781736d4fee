package org.wego.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Stack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The developer portal as a browser sees it: headless Chromium loads {@code /docs/}, runs its scripts (Swagger UI
 * over the merged OpenAPI, the AsyncAPI reading) under the gateway's Content-Security-Policy, and the rendered DOM
 * must list every operation of all four services and every Kafka channel.
 */
class DeveloperPortalTest {

    private static final Pattern RENDERED_OPERATION = Pattern.compile(
            "opblock-summary-method\">([A-Z]+)</span>.*?data-path=\"([^\"]+)\"", Pattern.DOTALL);

    @Test
    void thePortalPageListsEveryServiceOperationAndEveryEventChannel() throws Exception {
        String dom = renderInChromium(Stack.gatewayUrl() + "/docs/");

        JsonNode merged = new ObjectMapper().readTree(given().get(Stack.gatewayUrl() + "/openapi").asString());
        Set<String> expected = new TreeSet<>();
        merged.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (Set.of("get", "post", "put", "patch", "delete").contains(m)) {
                expected.add(m.toUpperCase() + " " + p.getKey());
            }
        }));
        Set<String> rendered = new TreeSet<>();
        Matcher m = RENDERED_OPERATION.matcher(dom);
        while (m.find()) {
            rendered.add(m.group(1) + " " + m.group(2).replace("\u200b", "").replace("&ZeroWidthSpace;", ""));
        }
        for (String service : List.of("membership", "awards", "ceds", "knowledge")) {
            assertTrue(dom.contains("data-service=\"" + service + "\""), "services table names " + service);
            assertTrue(rendered.stream().anyMatch(op -> op.contains(" /api/v1/" + service + "/")),
                    "Swagger UI rendered operations of " + service);
        }
        assertEquals(expected, rendered, "every operation of the merged OpenAPI is rendered, and nothing else");

        JsonNode asyncApi = new ObjectMapper().readTree(given().get(Stack.gatewayUrl() + "/asyncapi.json").asString());
        List<String> topics = new ArrayList<>();
        asyncApi.get("channels").forEach(c -> topics.add(c.get("address").asText()));
        assertTrue(topics.size() >= 6, "AsyncAPI lists the channels: " + topics);
        for (String topic : topics) {
            assertTrue(dom.contains("<td>" + topic + "</td>"), "the page lists Kafka topic " + topic);
        }
        assertTrue(dom.contains("memberStatusChanged") || dom.contains("member.status-changed"),
                "the page names the events of each channel");
    }

    /** Chromium's --dump-dom prints the DOM after the page's scripts ran (virtual time lets fetches finish). */
    static String renderInChromium(String url) throws Exception {
        String chromium = Stack.setting("WEGO_CHROMIUM", "/usr/bin/chromium");
        assertTrue(Files.isExecutable(Path.of(chromium)),
                chromium + " is missing: ./wego test installs Debian's chromium (or set WEGO_CHROMIUM)");
        Path profile = Files.createTempDirectory("wego-chromium");
        Path out = Files.createTempFile("wego-portal", ".html");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--virtual-time-budget=20000", "--dump-dom", url)
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish rendering " + url + " within 90 s");
        }
        assertEquals(0, p.exitValue(), "chromium exit code");
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
