package org.wego.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input over every operation of every service's OpenAPI document, sent to the services themselves with an
 * administrator's token (so the requests get past authorisation into the parsing and validation): every write gets
 * malformed, empty, deeply nested, huge and wrong-typed bodies and a wrong content type; every read gets
 * overflowing paging, bad dates, broken query syntax and junk in each declared query parameter; every path
 * parameter gets junk. No answer may be a 5xx, and every refusal is {@code application/problem+json} (the CKAN and
 * SDMX feeds answer in their own standards' error formats, checked for the status only).
 */
class HostileInputTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final List<String> QUERY_VALUES = List.of("2147483647", "-2147483649", "99999999999999999999999", "-1", "1e309",
            "NaN", "2024-13-45", "0000-00-00T25:61:61Z", "not-a-date", "'\"<script>alert(1)</script>", "%00", "[", "(a OR",
            "*:*", "name:[* TO", "\\", "x".repeat(5_000));
    static final List<String> PATH_VALUES = List.of("x1", "%2e%2e%2f%2e%2e", "'%20OR%201=1--", "%00", "y".repeat(3_000),
            UUID.randomUUID().toString());

    static String member;
    static final Map<Integer, Integer> STATUSES = new TreeMap<>();
    static final List<String> FAILURES = new ArrayList<>();
    static int requests;

    record Service(String name, String url) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("membership", Stack.setting("WEGO_MEMBERSHIP_URL", "http://127.0.0.1:8081")),
            new Service("awards", Stack.setting("WEGO_AWARDS_URL", "http://127.0.0.1:8082")),
            new Service("ceds", Stack.setting("WEGO_CEDS_URL", "http://127.0.0.1:8083")),
            new Service("knowledge", Stack.setting("WEGO_KNOWLEDGE_URL", "http://127.0.0.1:8084")));

    @BeforeAll
    static void aMemberOfItsOwn() {
        // Path parameters named "code" point at a member of this test's own, so writes reach their validation on a
        // real record without touching anyone else's.
        member = Journeys.unique("hostile");
        io.restassured.RestAssured.given().auth().oauth2(Tokens.of("secretariat"))
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("code", member, "name", "Hostile input test", "country", "KR", "region", "ASIA",
                        "type", "FULL", "joinedOn", "2014-03-01", "foundingMember", false))
                .post(SERVICES.get(0).url() + "/api/v1/membership/members").then().statusCode(201);
    }

    @Test
    void noHostileInputGetsA5xxAndEveryRefusalIsProblemJson() throws Exception {
        String token = Tokens.of("admin");
        int operations = 0;
        for (Service service : SERVICES) {
            JsonNode doc = JSON.readTree(get(service.url() + "/q/openapi?format=json", null).body());
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    String method = op.getKey().toUpperCase();
                    if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        continue;
                    }
                    operations++;
                    attack(service, method, path.getKey(), op.getValue(), doc, token);
                }
            }
        }
        System.out.printf("%nHostile input: %d operations, %d requests, answers %s%n", operations, requests, STATUSES);
        assertTrue(operations > 90, "the services document " + operations + " operations");
        assertEquals(List.of(), FAILURES, FAILURES.size() + " of " + requests + " answers broke the rule");
    }

    private void attack(Service service, String method, String template, JsonNode op, JsonNode doc, String token) {
        String path = concrete(template, null);
        for (String junk : PATH_VALUES) {
            if (template.contains("{")) {
                send(service, method, concrete(template, junk), method.equals("GET") || method.equals("DELETE")
                        ? null : "{}", "application/json", token);
            }
        }
        if (method.equals("GET")) {
            for (JsonNode p : op.path("parameters")) {
                if (!"query".equals(p.path("in").asText())) {
                    continue;
                }
                for (String value : QUERY_VALUES) {
                    send(service, method, path + "?" + p.get("name").asText() + "=" + encode(value), null, null, token);
                }
            }
            send(service, method, path + "?page=2147483647&size=100", null, null, token);
            send(service, method, path + "?page=9999&size=2147483647", null, null, token);
            send(service, method, path + "?%25zz=1&=&&page%5B%5D=1&size=%20", null, null, token);
            return;
        }
        if (method.equals("DELETE")) {
            send(service, method, path, null, null, token);
            return;
        }
        for (String body : bodies(op, doc)) {
            send(service, method, path, body, "application/json", token);
        }
        send(service, method, path, "code=seoul", "text/plain", token);
        send(service, method, path, "<a/>", "application/xml", token);
    }

    /** Malformed, empty, scalar, deeply nested, huge, and each declared field with a value of the wrong type. */
    static List<String> bodies(JsonNode op, JsonNode doc) {
        List<String> bodies = new ArrayList<>(List.of("", "{", "[]", "null", "\"text\"", "12", "{\"a\":}",
                "{\"x\":1,\"x\":2}", "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
                "{\"title\":\"" + "z".repeat(2_000_000) + "\"}", "\"\\u0000\\ud800\""));
        JsonNode schema = resolve(op.path("requestBody").path("content").path("application/json").path("schema"), doc);
        if (schema == null) {
            schema = resolve(op.path("requestBody").path("content").path("application/merge-patch+json").path("schema"), doc);
        }
        if (schema != null && schema.has("properties")) {
            List<Object> wrong = List.of(Map.of("nested", List.of(1, 2)), List.of("a", "b"), -1e300, true, "z".repeat(100_000),
                    "nul\u0000inside", 1e20);
            for (Object value : wrong) {
                Map<String, Object> body = new LinkedHashMap<>();
                schema.get("properties").fieldNames().forEachRemaining(f -> body.put(f, value));
                try {
                    bodies.add(JSON.writeValueAsString(body));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return bodies;
    }

    static JsonNode resolve(JsonNode schema, JsonNode doc) {
        if (schema == null || schema.isMissingNode()) {
            return null;
        }
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return doc.path("components").path("schemas").path(name);
        }
        return schema;
    }

    private String concrete(String template, String junk) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        int last = 0;
        boolean first = true;
        while (m.find()) {
            out.append(template, last, m.start());
            String name = m.group(1);
            String value = junk != null && first ? junk
                    : name.equals("code") ? member : name.equals("year") ? "2024" : UUID.randomUUID().toString();
            out.append(value);
            first = false;
            last = m.end();
        }
        return out.append(template.substring(last)).toString();
    }

    private static void send(Service service, String method, String pathAndQuery, String body, String contentType,
                             String token) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(service.url() + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        HttpResponse<String> answer;
        try {
            answer = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException | IllegalArgumentException e) {
            FAILURES.add(method + " " + shorten(pathAndQuery) + " → no answer: " + e);
            return;
        }
        requests++;
        STATUSES.merge(answer.statusCode(), 1, Integer::sum);
        String type = answer.headers().firstValue("Content-Type").orElse("");
        boolean ownFormat = pathAndQuery.contains("/ckan/") || pathAndQuery.contains("/sdmx/");
        if (answer.statusCode() >= 500) {
            FAILURES.add(method + " " + shorten(pathAndQuery) + " (" + shorten(String.valueOf(body)) + ") → "
                    + answer.statusCode() + " " + shorten(answer.body()));
        } else if (answer.statusCode() >= 400 && !ownFormat && !type.startsWith("application/problem+json")) {
            FAILURES.add(method + " " + shorten(pathAndQuery) + " → " + answer.statusCode() + " as '" + type + "'");
        }
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "…(" + s.length() + ")";
    }
}
