package org.wego.e2e;

import org.junit.jupiter.api.Test;
import org.wego.testsupport.Stack;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five OpenAPI documents — each service's own {@code /q/openapi} and the gateway's merged {@code /openapi} — as
 * the tools frontend teams and partners run judge them: Redocly CLI ({@code recommended} rules) and Spectral
 * ({@code spectral:oas}), pinned in e2e-tests/src/test/node and installed by {@code ./wego test}. Zero errors each;
 * the warnings are printed, not failed on.
 */
class ApiLintTest {

    private static final File NODE = new File("src/test/node");

    private static Map<String, String> documents() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("membership", "http://127.0.0.1:" + Stack.setting("WEGO_MEMBERSHIP_PORT", "8081") + "/q/openapi?format=json");
        urls.put("awards", "http://127.0.0.1:" + Stack.setting("WEGO_AWARDS_PORT", "8082") + "/q/openapi?format=json");
        urls.put("ceds", "http://127.0.0.1:" + Stack.setting("WEGO_CEDS_PORT", "8083") + "/q/openapi?format=json");
        urls.put("knowledge", "http://127.0.0.1:" + Stack.setting("WEGO_KNOWLEDGE_PORT", "8084") + "/q/openapi?format=json");
        urls.put("merged", Stack.gatewayUrl() + "/openapi");
        return urls;
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(NODE).redirectErrorStream(true);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "linter did not finish: " + String.join(" ", command));
        return new Run(p.exitValue(), out);
    }

    private static String lastLines(String out, String... markers) {
        List<String> kept = new ArrayList<>();
        for (String line : out.split("\n")) {
            for (String m : markers) {
                if (line.contains(m)) {
                    kept.add(line.strip());
                    break;
                }
            }
        }
        return String.join(" | ", kept);
    }

    @Test
    void everyDocumentPassesRedoclyAndSpectralWithoutErrors() throws Exception {
        List<String> failed = new ArrayList<>();
        for (Map.Entry<String, String> doc : documents().entrySet()) {
            String body = given().get(doc.getValue()).then().statusCode(200).extract().asString();
            Path file = Files.createTempFile("openapi-" + doc.getKey() + "-", ".json");
            Files.writeString(file, body);
            Run redocly = run("node_modules/.bin/redocly", "lint", file.toString(), "--format=summary");
            Run spectral = run("node_modules/.bin/spectral", "lint", file.toString(), "-r", ".spectral.yaml",
                    "--fail-severity=error");
            System.out.printf("lint %-10s redocly: %s%n", doc.getKey(), lastLines(redocly.output(), "error ", "warning ",
                    "Woohoo", "Validation failed"));
            System.out.printf("lint %-10s spectral: %s%n", doc.getKey(), lastLines(spectral.output(), "problems", "No results"));
            if (redocly.exit() != 0) {
                failed.add(doc.getKey() + " (redocly)\n" + redocly.output());
            }
            if (spectral.exit() != 0) {
                failed.add(doc.getKey() + " (spectral)\n" + spectral.output());
            }
        }
        assertEquals(List.of(), failed);
    }

    @Test
    void theLintersDoFailABrokenDocument() throws Exception {
        // a reference to a schema that does not exist and an operation without responses: both tools must object
        Path broken = Files.createTempFile("openapi-broken-", ".json");
        Files.writeString(broken, "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{\"/x\":{\"get\":"
                + "{\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":"
                + "{\"$ref\":\"#/components/schemas/Nope\"}}}}}}}}}");
        assertTrue(run("node_modules/.bin/redocly", "lint", broken.toString()).exit() != 0);
        assertTrue(run("node_modules/.bin/spectral", "lint", broken.toString(), "-r", ".spectral.yaml",
                "--fail-severity=error").exit() != 0);
    }
}
