import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ./wego reconcile: pages through every member's standing timeline at the membership-service and asks each consumer
 * (awards, ceds, knowledge) what it holds differently (their POST …/admin/standing-reconciliation). Prints one line
 * per consumer and every difference; exit code 1 if there is any, so a cron job or CI step can alarm on drift.
 * Usage: java -cp "gateway/target/quarkus-app/lib/main/*" tools/Reconcile.java GATEWAY_URL KEYCLOAK_URL
 * Token: $WEGO_TOKEN if set (a wego-admin's), else a password grant for $WEGO_RECONCILE_USER (default admin, whose
 * demo password is its name; set $WEGO_RECONCILE_PASSWORD elsewhere).
 */
public class Reconcile {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final List<String> CONSUMERS = List.of("awards", "ceds", "knowledge");
    static final int PAGE = 100;
    static final int SHOWN = 50;

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String token = System.getenv("WEGO_TOKEN") != null ? System.getenv("WEGO_TOKEN") : login(args[1]);
        Map<String, int[]> totals = new LinkedHashMap<>();
        Map<String, List<JsonNode>> differences = new LinkedHashMap<>();
        CONSUMERS.forEach(c -> {
            totals.put(c, new int[2]);
            differences.put(c, new ArrayList<>());
        });
        for (int page = 0; ; page++) {
            JsonNode source = send(token, "GET", gateway + "/api/v1/membership/standings?size=" + PAGE + "&page=" + page, null);
            JsonNode items = source.path("items");
            if (items.isEmpty()) {
                break;
            }
            ObjectNode request = JSON.createObjectNode();
            request.set("members", items);
            for (String consumer : CONSUMERS) {
                JsonNode report = send(token, "POST", gateway + "/api/v1/" + consumer + "/admin/standing-reconciliation", request);
                totals.get(consumer)[0] += report.path("checked").asInt();
                totals.get(consumer)[1] += report.path("agreeing").asInt();
                report.path("differences").forEach(differences.get(consumer)::add);
            }
            if (items.size() < PAGE) {
                break;
            }
        }
        int drift = 0;
        System.out.printf("%-10s %8s %8s %12s%n", "consumer", "checked", "agreeing", "differences");
        for (String consumer : CONSUMERS) {
            int[] t = totals.get(consumer);
            System.out.printf("%-10s %8d %8d %12d%n", consumer, t[0], t[1], differences.get(consumer).size());
            drift += differences.get(consumer).size();
        }
        for (String consumer : CONSUMERS) {
            List<JsonNode> found = differences.get(consumer);
            for (JsonNode d : found.subList(0, Math.min(SHOWN, found.size()))) {
                System.out.printf("  %s %s %s%s%n", consumer, d.path("code").asText(), d.path("kind").asText(),
                        d.path("firstDifferentDay").isNull() ? "" : " from " + d.path("firstDifferentDay").asText()
                                + ": membership says " + d.path("source").asText() + ", " + consumer + " holds "
                                + d.path("held").asText());
            }
            if (found.size() > SHOWN) {
                System.out.printf("  %s: %d more%n", consumer, found.size() - SHOWN);
            }
        }
        if (drift > 0) {
            System.out.println("drift found: ./wego rebuild <awards|ceds> re-applies the membership history");
            System.exit(1);
        }
        System.out.println("no drift: every consumer holds every member's timeline as the membership-service derives it");
    }

    static JsonNode send(String token, String method, String url, JsonNode body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return JSON.readTree(r.body());
            }
            // 429/503 carry Retry-After: honour it a few times, then give up loudly.
            if ((r.statusCode() == 429 || r.statusCode() == 503) && attempt < 5) {
                Thread.sleep(1000L * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
                continue;
            }
            throw new IllegalStateException(method + " " + url + " -> " + r.statusCode() + " " + r.body());
        }
    }

    static String login(String keycloak) throws Exception {
        String user = System.getenv().getOrDefault("WEGO_RECONCILE_USER", "admin");
        String password = System.getenv().getOrDefault("WEGO_RECONCILE_PASSWORD", user);
        String form = "grant_type=password&client_id=wego-frontend&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/wego/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused " + user + ": " + r.body());
        }
        return JSON.readTree(r.body()).path("access_token").asText();
    }
}
