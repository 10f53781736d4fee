package org.wego.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Plain HTTP against the services themselves (writes at load would meet the gateway's quotas, which are not what
 * these faults are about), with real tokens. Never throws for an HTTP status: the suite counts them.
 */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer: status (0 when no connection could be made), body, and the Retry-After header if any. */
    record Answer(int status, String body, String retryAfter, String etag) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    private Api() {
    }

    static String membership() {
        return Stack.setting("WEGO_MEMBERSHIP_URL", "http://127.0.0.1:8081");
    }

    static String awards() {
        return Stack.setting("WEGO_AWARDS_URL", "http://127.0.0.1:8082");
    }

    static String ceds() {
        return Stack.setting("WEGO_CEDS_URL", "http://127.0.0.1:8083");
    }

    static String knowledge() {
        return Stack.setting("WEGO_KNOWLEDGE_URL", "http://127.0.0.1:8084");
    }

    static Answer get(String url, String user) {
        return send(request(url, user).GET());
    }

    static Answer post(String url, String user, Object body) {
        return send(request(url, user).header("Content-Type", "application/json").POST(body(body)));
    }

    static Answer patch(String url, String user, String ifMatch, Object body) {
        HttpRequest.Builder r = request(url, user).header("Content-Type", "application/json")
                .method("PATCH", body(body));
        return send(ifMatch == null ? r : r.header("If-Match", ifMatch));
    }

    static Answer put(String url, String user, String ifMatch, Object body) {
        HttpRequest.Builder r = request(url, user).header("Content-Type", "application/json").PUT(body(body));
        return send(ifMatch == null ? r : r.header("If-Match", ifMatch));
    }

    /** A member admitted directly at the membership-service. */
    static Answer admit(String code) {
        Map<String, Object> member = new HashMap<>(Map.of("code", code, "name", "Fault city " + code, "country", "KR",
                "region", "ASIA", "type", "FULL", "joinedOn", "2020-01-01", "foundingMember", false));
        return post(membership() + "/api/v1/membership/members", "secretariat", member);
    }

    private static HttpRequest.Builder request(String url, String user) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        return user == null ? r : r.header("Authorization", "Bearer " + Tokens.of(user));
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null),
                    r.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            return new Answer(0, e.toString(), null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted", null, null);
        }
    }
}
