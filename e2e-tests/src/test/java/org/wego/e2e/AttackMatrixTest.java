package org.wego.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.wego.testsupport.ForgedTokens;
import org.wego.testsupport.KeycloakAdmin;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security proof: every operation of every service's OpenAPI document, called through the gateway, under each
 * attack — no token, forged tokens (another key, alg none, HS256 keyed with the realm's public key, edited payload,
 * garbage), a real token of another realm (wrong issuer), a real token that has expired, a real token whose roles
 * the operation does not allow, an oversized body — and a city official acting on another city's resources in each
 * service. Every row states its expected answer; none may ever be a 2xx or a 5xx. A summary table is printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttackMatrixTest {

    /** The gateway's declared public operations (gateway application.properties, public-reads and apply). */
    private static final List<Pattern> PUBLIC_GETS = List.of(
            Pattern.compile("/api/v1/membership/directory(/.*)?"), Pattern.compile("/api/v1/knowledge/directory(/.*)?"),
            Pattern.compile("/api/v1/awards/editions"), Pattern.compile("/api/v1/awards/editions/[^/]+/results"),
            Pattern.compile("/api/v1/knowledge/(search|catalog)"), Pattern.compile("/api/v1/knowledge/(resources|events)(/.*)?"),
            Pattern.compile("/api/v1/knowledge/ckan/.*"));

    /** The applicant's follow-up: no Keycloak token, the application's own token instead (404 without it). */
    private static final Pattern APPLICANT = Pattern.compile("/api/v1/membership/applications/[^/]+/follow-up(/answers)?");

    /** Demo identities whose realm roles are known; a wrong-role row picks one holding none of the allowed roles. */
    private static final Map<String, Set<String>> IDENTITIES = new LinkedHashMap<>();

    private static final Map<String, int[]> SUMMARY = new LinkedHashMap<>();

    private static String shortLived;

    /** roles: null = the service needs no token, empty = any authenticated caller, else the roles allowed. */
    record Operation(String method, String path, List<String> roles) {
        boolean hasBody() {
            return Set.of("POST", "PUT", "PATCH").contains(method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
        IDENTITIES.put("partner (undesa-feed)", Set.of("partner"));
        IDENTITIES.put("judge1", Set.of("judge"));
        IDENTITIES.put("official-seoul", Set.of("city-official"));
        IDENTITIES.put("secretariat", Set.of("secretariat"));
        // Tokens that expire 10 s after issue (the realm's own clients' live 15 minutes); checked last.
        KeycloakAdmin.ensureShortLivedClient("e2e-expiring-10s", 10);
        shortLived = KeycloakAdmin.tokenVia("e2e-expiring-10s", "admin");
        // Control: the very same token is good while fresh, at the services and at the gateway itself.
        given().auth().oauth2(shortLived).get("/api/v1/membership/members").then().statusCode(200);
        given().auth().oauth2(shortLived).get("/asyncapi.json").then().statusCode(200);
    }

    @AfterAll
    static void printSummary() {
        StringBuilder table = new StringBuilder("\nSecurity proof through the gateway\n")
                .append(String.format("%-58s %7s %7s%n", "case", "tried", "passed"));
        int tried = 0;
        int passed = 0;
        for (Map.Entry<String, int[]> row : SUMMARY.entrySet()) {
            table.append(String.format("%-58s %7d %7d%n", row.getKey(), row.getValue()[0], row.getValue()[1]));
            tried += row.getValue()[0];
            passed += row.getValue()[1];
        }
        table.append(String.format("%-58s %7d %7d%n", "all", tried, passed));
        System.out.println(table);
    }

    private static List<Operation> operations;

    /** Every operation of the four services' own OpenAPI documents (read once per run). */
    static synchronized List<Operation> operations() throws Exception {
        if (operations != null) {
            return operations;
        }
        List<Operation> ops = new ArrayList<>();
        for (String[] service : List.of(new String[]{"WEGO_MEMBERSHIP_URL", "http://127.0.0.1:8081"},
                new String[]{"WEGO_AWARDS_URL", "http://127.0.0.1:8082"}, new String[]{"WEGO_CEDS_URL", "http://127.0.0.1:8083"},
                new String[]{"WEGO_KNOWLEDGE_URL", "http://127.0.0.1:8084"})) {
            String body = given().get(Stack.setting(service[0], service[1]) + "/q/openapi?format=json")
                    .then().statusCode(200).extract().asString();
            JsonNode paths = new ObjectMapper().readTree(body).get("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                String concrete = p.getKey().replaceAll("\\{[^}]+}", "x1");
                for (Iterator<Map.Entry<String, JsonNode>> m = p.getValue().fields(); m.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = m.next();
                    String method = op.getKey().toUpperCase();
                    if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        ops.add(new Operation(method, concrete, roles(op.getValue().get("security"))));
                    }
                }
            }
        }
        assertTrue(ops.size() > 60, "the services' OpenAPI documents list " + ops.size() + " operations");
        operations = List.copyOf(ops);
        return operations;
    }

    private static List<String> roles(JsonNode security) {
        if (security == null || security.isEmpty()) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        security.get(0).elements().forEachRemaining(scopes -> scopes.forEach(r -> roles.add(r.asText())));
        return roles;
    }

    static boolean isPublic(Operation op) {
        return (op.method().equals("GET") && PUBLIC_GETS.stream().anyMatch(p -> p.matcher(op.path()).matches()))
                || (op.method().equals("POST") && op.path().equals("/api/v1/membership/applications"))
                || APPLICANT.matcher(op.path()).matches();
    }

    @Test
    @Order(1)
    void missingAndForgedTokensAreRefused() throws Exception {
        List<Operation> ops = operations();
        for (Operation op : ops) {
            if (!isPublic(op)) {
                check("no token → 401", op, given(), status(401));
            }
            for (Map.Entry<String, String> attack : ForgedTokens.all().entrySet()) {
                check("forged: " + attack.getKey() + " → 401", op,
                        given().header("Authorization", "Bearer " + attack.getValue()), status(401));
            }
        }
        // Control: the harness tells a refusal from an answer — a real token on the same kind of route gets through.
        given().auth().oauth2(Tokens.of("admin")).get("/api/v1/membership/members").then().statusCode(200);
        given().auth().oauth2(Tokens.of("admin")).get("/api/v1/awards/editions/x1/results").then().statusCode(404);
        assertAllPassed("no token → 401", "forged:");
    }

    @Test
    @Order(2)
    void aTokenOfAnotherRealmIsRefused() throws Exception {
        String foreign = KeycloakAdmin.masterRealmToken();
        String issuer = claim(foreign, "iss");
        assertTrue(issuer.endsWith("/realms/master"), "the token is really issued by another realm: " + issuer);
        for (Operation op : operations()) {
            check("wrong issuer (realm master) → 401", op, given().auth().oauth2(foreign), status(401));
        }
        assertAllPassed("wrong issuer");
    }

    @Test
    @Order(3)
    void aRoleTheOperationDoesNotAllowIsForbidden() throws Exception {
        for (Operation op : operations()) {
            if (op.roles() == null || op.roles().isEmpty()) {
                continue;
            }
            String who = IDENTITIES.entrySet().stream()
                    .filter(e -> e.getValue().stream().noneMatch(op.roles()::contains))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (who == null) {
                continue;
            }
            String token = who.startsWith("partner") ? Tokens.ofClient("undesa-feed", "undesa-feed-secret") : Tokens.of(who);
            check("role not allowed → 403", op, given().auth().oauth2(token), status(403));
        }
        assertAllPassed("role not allowed");
    }

    @Test
    @Order(4)
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        String admin = Tokens.of("admin");
        for (Operation op : operations()) {
            if (!op.hasBody()) {
                continue;
            }
            // Declared 5 MB, over every route's limit: the gateway answers from the headers alone.
            for (String token : new String[]{null, admin}) {
                int status = declareHugeBody(op, token);
                record("oversized body (5 MB declared) → 413", status == 413, op + (token == null ? "" : " with a token")
                        + " → " + status);
            }
        }
        assertAllPassed("oversized body");
    }

    @Test
    @Order(5)
    void aCityOfficialCannotActForAnotherCity() {
        String nairobi = Tokens.of("official-nairobi");
        Predicate<Response> refused = r -> (r.statusCode() == 403 || r.statusCode() == 404) && isProblem(r);
        String row = "official of nairobi acts for seoul → 403/404";
        // membership: another city's dues
        verify(row, "GET seoul's dues", given().auth().oauth2(nairobi).get("/api/v1/membership/members/seoul/dues"), refused);
        // awards: an entry in the name of another city
        String edition = given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("year", 2031, "title", "Attack matrix " + UUID.randomUUID(),
                        "submissionDeadline", Instant.now().plusSeconds(3600).toString()))
                .post("/api/v1/awards/editions").then().statusCode(201).extract().path("id");
        verify(row, "POST an awards entry for seoul", given().auth().oauth2(nairobi).contentType(ContentType.JSON)
                .body(Map.of("city", "seoul", "category", "SERVICES", "title", "Not ours", "summary", "s",
                        "description", "d", "outcomes", "o"))
                .post("/api/v1/awards/editions/" + edition + "/entries"), refused);
        // ceds: an assessment of another city
        verify(row, "POST a CeDS assessment for seoul", given().auth().oauth2(nairobi).contentType(ContentType.JSON)
                .body(Map.of("city", "seoul", "framework", "LOSI", "version", "2022", "year", 2026))
                .post("/api/v1/ceds/assessments"), refused);
        // knowledge: another city's draft can be neither read nor edited
        String draft = given().auth().oauth2(Tokens.of("official-seoul")).contentType(ContentType.JSON)
                .body(Map.of("type", "GOOD_PRACTICE", "title", "Seoul draft " + UUID.randomUUID(), "summary", "s"))
                .post("/api/v1/knowledge/resources").then().statusCode(201).extract().path("id");
        verify(row, "GET seoul's knowledge draft", given().auth().oauth2(nairobi)
                .get("/api/v1/knowledge/resources/" + draft), refused);
        verify(row, "PATCH seoul's knowledge draft", given().auth().oauth2(nairobi).contentType(ContentType.JSON)
                .body(Map.of("title", "mine now")).patch("/api/v1/knowledge/resources/" + draft), refused);
        assertAllPassed("official of nairobi");
    }

    @Test
    @Order(6)
    void anExpiredTokenIsRefused() throws Exception {
        // The gateway allows 30 s of clock skew (the services none): a presented token is checked even on the
        // gateway's own public document, so that call shows when the gateway itself starts refusing it.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().auth().oauth2(shortLived).get("/asyncapi.json").statusCode() == 401);
        for (Operation op : operations()) {
            check("expired token → 401", op, given().auth().oauth2(shortLived), status(401));
        }
        assertAllPassed("expired token");
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static final Map<String, List<String>> FAILURES = new LinkedHashMap<>();

    private static Predicate<Response> status(int expected) {
        return r -> r.statusCode() == expected && isProblem(r);
    }

    private static boolean isProblem(Response r) {
        return String.valueOf(r.contentType()).startsWith("application/problem+json");
    }

    /** One matrix call: the operation with an empty JSON body where it takes one. */
    private static void check(String row, Operation op, RequestSpecification request, Predicate<Response> expected) {
        if (op.hasBody()) {
            request = request.contentType("application/json").body("{}");
        }
        verify(row, op.toString(), request.request(Method.valueOf(op.method()), op.path()), expected);
    }

    private static void verify(String row, String what, Response r, Predicate<Response> expected) {
        boolean ok = expected.test(r) && r.statusCode() < 500 && (r.statusCode() < 200 || r.statusCode() >= 300);
        record(row, ok, what + " → " + r.statusCode() + " " + r.contentType());
    }

    private static void record(String row, boolean ok, String what) {
        int[] counts = SUMMARY.computeIfAbsent(row, k -> new int[2]);
        counts[0]++;
        if (ok) {
            counts[1]++;
        } else {
            FAILURES.computeIfAbsent(row, k -> new ArrayList<>()).add(what);
        }
    }

    private static void assertAllPassed(String... rowPrefixes) {
        List<String> failed = new ArrayList<>();
        FAILURES.forEach((row, list) -> {
            for (String prefix : rowPrefixes) {
                if (row.startsWith(prefix)) {
                    list.forEach(f -> failed.add(row + ": " + f));
                }
            }
        });
        assertTrue(failed.isEmpty(), failed.size() + " attacks were not refused as expected:\n" + String.join("\n", failed));
    }

    private static String claim(String jwt, String name) throws Exception {
        byte[] payload = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
        return new ObjectMapper().readTree(payload).path(name).asText();
    }

    /** Raw HTTP: headers declaring a 5 MB body, then nothing — the gateway must refuse without reading a byte. */
    private static int declareHugeBody(Operation op, String token) throws Exception {
        URI gateway = URI.create(Stack.gatewayUrl());
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            String request = op.method() + " " + op.path() + " HTTP/1.1\r\nHost: " + gateway.getAuthority()
                    + "\r\nContent-Type: application/json\r\nContent-Length: 5242880\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder statusLine = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
                statusLine.append((char) c);
            }
            String[] parts = statusLine.toString().trim().split(" ");
            return parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
        }
    }
}
