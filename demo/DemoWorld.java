import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the demo world beyond the member cities (which ./wego loads first) through the gateway, with real tokens,
 * idempotently: published knowledge resources (good practices, a report, a tool, webinars, programmes, partners and
 * their MoUs), published CeDS assessments, and a past WeGO Awards edition judged and announced — whose winners then
 * arrive in the knowledge-service as drafts, like any edition's.
 * Usage: java -cp "gateway/target/quarkus-app/lib/main/*" demo/DemoWorld.java GATEWAY_URL KEYCLOAK_URL DEMO_DIR
 */
public class DemoWorld {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static String gateway;
    static String keycloak;
    static final Map<String, String> TOKENS = new HashMap<>();

    public static void main(String[] args) throws Exception {
        gateway = args[0];
        keycloak = args[1];
        Path dir = Path.of(args[2]);
        knowledge(dir.resolve("knowledge.ndjson"));
        assessments();
        awards();
    }

    // ---- knowledge ----------------------------------------------------------------------------------------------------
    static void knowledge(Path file) throws Exception {
        Set<String> titles = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode list = call("secretariat", "GET", "/api/v1/knowledge/resources?size=100&page=" + page, null, 200);
            list.path("items").forEach(r -> titles.add(r.path("title").asText()));
            if (list.path("items").size() < 100) {
                break;
            }
        }
        int created = 0;
        int existing = 0;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode resource = JSON.readTree(line);
            if (titles.contains(resource.path("title").asText())) {
                existing++;
                continue;
            }
            // eventually: the knowledge directory may not have heard of a just-admitted demo city yet (422)
            String id = eventually("secretariat", "POST", "/api/v1/knowledge/resources", resource, 201).path("id").asText();
            for (String to : List.of("IN_REVIEW", "PUBLISHED")) {
                call("secretariat", "POST", "/api/v1/knowledge/resources/" + id + "/transitions", Map.of("to", to), 200);
            }
            created++;
        }
        System.out.printf("demo knowledge: %d resources published, %d already there%n", created, existing);
    }

    // ---- CeDS -------------------------------------------------------------------------------------------------------------
    static void assessments() throws Exception {
        // city, year, LOSI indicators answered yes (of 86)
        Object[][] runs = {{"seoul", 2023, 72}, {"seoul", 2024, 81}, {"kigali", 2024, 55}, {"madrid", 2024, 74},
                {"bogota", 2024, 49}, {"dubai", 2024, 78}, {"suva", 2024, 28}, {"ulaanbaatar", 2024, 44}};
        int created = 0;
        List<String> codes = losiCodes();
        for (Object[] run : runs) {
            String city = (String) run[0];
            int year = (Integer) run[1];
            JsonNode ranking = call("secretariat", "GET", "/api/v1/ceds/frameworks/LOSI/2022/ranking?year=" + year, null, 200);
            boolean there = false;
            for (JsonNode r : ranking) {
                there |= r.path("city").asText().equals(city);
            }
            if (there) {
                continue;
            }
            JsonNode started = eventually("secretariat", "POST", "/api/v1/ceds/assessments",
                    Map.of("city", city, "framework", "LOSI", "version", "2022", "year", year), 201);
            if (started == null) {
                System.out.printf("demo CeDS: %s %d not started (already drafted?)%n", city, year);
                continue;
            }
            String id = started.path("id").asText();
            Map<String, Object> answers = new LinkedHashMap<>();
            for (int i = 0; i < codes.size(); i++) {
                answers.put(codes.get(i), i < (Integer) run[2]);
            }
            call("secretariat", "PUT", "/api/v1/ceds/assessments/" + id + "/answers", Map.of("answers", answers), 200);
            call("secretariat", "POST", "/api/v1/ceds/assessments/" + id + "/submit", null, 200);
            call("secretariat", "POST", "/api/v1/ceds/assessments/" + id + "/publish", null, 200);
            created++;
        }
        System.out.printf("demo CeDS: %d assessments published, %d already there%n", created, runs.length - created);
    }

    /** The framework's indicator codes in order, as the ceds-service publishes it. */
    static List<String> losiCodes() throws Exception {
        List<String> codes = new ArrayList<>();
        for (JsonNode criterion : call("secretariat", "GET", "/api/v1/ceds/frameworks/LOSI/2022", null, 200).path("criteria")) {
            criterion.path("indicators").forEach(i -> codes.add(i.path("code").asText()));
        }
        return codes;
    }

    // ---- awards -------------------------------------------------------------------------------------------------------
    static final String EDITION_TITLE = "WeGO Awards 2024";

    static void awards() throws Exception {
        for (JsonNode e : call(null, "GET", "/api/v1/awards/editions", null, 200)) {
            if (e.path("title").asText().equals(EDITION_TITLE)) {
                System.out.printf("demo awards: \"%s\" already there (%s)%n", EDITION_TITLE, e.path("phase").asText());
                return;
            }
        }
        String edition = call("secretariat", "POST", "/api/v1/awards/editions", Map.of("year", 2024, "title", EDITION_TITLE,
                "reviewersPerEntry", 2, "winnersPerCategory", 1,
                "submissionDeadline", Instant.now().plusSeconds(600).toString()), 201).path("id").asText();
        // city, category, title, score every judge gives
        Object[][] entries = {
                {"seoul", "SERVICES", "Seoul 120 Dasan Call Center chatbot", 9},
                {"kigali", "SERVICES", "Kigali Irembo e-services", 8},
                {"dubai", "SERVICES", "Dubai Now super-app", 7},
                {"madrid", "OPEN_CITY", "Madrid Decide participatory budgets", 9},
                {"bogota", "OPEN_CITY", "Bogota open mobility data", 7},
                {"jakarta", "URBAN_MANAGEMENT", "Jakarta Smart City flood monitoring", 8},
                {"manila", "URBAN_MANAGEMENT", "Manila e-permits for small business", 6}};
        Map<String, Integer> score = new HashMap<>();
        for (Object[] e : entries) {
            Map<String, Object> body = Map.of("city", e[0], "category", e[1], "title", e[2],
                    "summary", e[2] + ": what changed for residents", "description", "How it was built and run",
                    "outcomes", "Usage and satisfaction measured by the city", "links", List.of("https://" + e[0] + ".example/award"));
            JsonNode entry = eventually("secretariat", "POST", "/api/v1/awards/editions/" + edition + "/entries", body, 201);
            if (entry == null) {
                throw new IllegalStateException("awards-service did not accept an entry for " + e[0]);
            }
            String id = entry.path("id").asText();
            call("secretariat", "POST", "/api/v1/awards/entries/" + id + "/submit", null, 200);
            score.put(id, (Integer) e[3]);
        }
        patch("secretariat", "/api/v1/awards/editions/" + edition,
                Map.of("submissionDeadline", Instant.now().minusSeconds(1).toString()));
        phase(edition, "SCREENING", "secretariat");
        for (String id : score.keySet()) {
            call("secretariat", "PUT", "/api/v1/awards/entries/" + id + "/screening", Map.of("result", "PASSED", "reason", "eligible"), 200);
        }
        // Home city and country come from each judge's Keycloak account (Ulaanbaatar, Mexico City, Addis Ababa): no
        // entry's country, so every judge may review every entry.
        String[][] jury = {{"judge4"}, {"judge5"}, {"judge6"}};
        for (String[] j : jury) {
            eventually("secretariat", "POST", "/api/v1/awards/editions/" + edition + "/judges", Map.of("username", j[0]), 201);
        }
        call("secretariat", "POST", "/api/v1/awards/editions/" + edition + "/assignments", Map.of("mode", "AUTO"), 200);
        phase(edition, "JUDGING", "secretariat");
        for (String[] j : jury) {
            for (JsonNode a : call(j[0], "GET", "/api/v1/awards/editions/" + edition + "/assignments", null, 200)) {
                String entry = a.path("entryId").asText();
                Map<String, Object> scores = new LinkedHashMap<>();
                for (String c : List.of("IMPACT", "INNOVATION", "CITIZEN_CENTRICITY", "SUSTAINABILITY", "TRANSFERABILITY")) {
                    scores.put(c, Map.of("score", score.get(entry), "comment", "Assessed against the rubric"));
                }
                call(j[0], "PUT", "/api/v1/awards/entries/" + entry + "/reviews", Map.of("scores", scores), 200);
            }
        }
        phase(edition, "DELIBERATION", "secretariat");
        call("admin", "POST", "/api/v1/awards/editions/" + edition + "/results", Map.of("winners", Map.of()), 200);
        phase(edition, "ANNOUNCED", "admin");
        System.out.printf("demo awards: \"%s\" judged and announced (%d entries)%n", EDITION_TITLE, entries.length);
    }

    static void phase(String edition, String to, String user) throws Exception {
        call(user, "POST", "/api/v1/awards/editions/" + edition + "/phase", Map.of("to", to), 200);
    }

    // ---- HTTP ---------------------------------------------------------------------------------------------------------
    /**
     * Retries for up to 30 s while another service has not yet heard of a new member (422/404); null on 409 (it
     * exists already).
     */
    static JsonNode eventually(String user, String method, String path, Object body, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            HttpResponse<String> r = send(user, method, path, body);
            if (r.statusCode() == expected) {
                return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
            }
            boolean notYetKnown = r.statusCode() == 422 || r.statusCode() == 404;
            if (!notYetKnown || System.nanoTime() > deadline) {
                if (r.statusCode() == 409) {
                    return null;
                }
                throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + " " + r.body());
            }
            Thread.sleep(500); // polling another service's projection, bounded by the deadline above
        }
    }

    static JsonNode call(String user, String method, String path, Object body, int expected) throws Exception {
        HttpResponse<String> r = send(user, method, path, body);
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + " " + r.body());
        }
        return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
    }

    /** A merge patch as a client makes it: read the ETag, send it back in If-Match (required: 428 without). */
    static JsonNode patch(String user, String path, Object body) throws Exception {
        String etag = send(user, "GET", path, null).headers().firstValue("ETag")
                .orElseThrow(() -> new IllegalStateException("GET " + path + " gave no ETag"));
        HttpResponse<String> r = send(user, "PATCH", path, body, etag);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("PATCH " + path + " → " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }

    static HttpResponse<String> send(String user, String method, String path, Object body) throws Exception {
        return send(user, method, path, body, null);
    }

    static HttpResponse<String> send(String user, String method, String path, Object body, String ifMatch)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Bearer " + token(user));
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String token(String user) throws Exception {
        if (!TOKENS.containsKey(user)) {
            String form = "grant_type=password&client_id=wego-frontend&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/wego/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused " + user + ": " + r.body());
            }
            TOKENS.put(user, JSON.readTree(r.body()).path("access_token").asText());
        }
        return TOKENS.get(user);
    }
}
