package org.wego.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.Method;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.ForgedTokens;
import org.wego.testsupport.Stack;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of every service's OpenAPI document, called through the gateway: without a token (except the
 * declared public reads) and with each forged token (another key, alg none, HS256 keyed with the realm's public key,
 * a real token with edited roles, garbage), the answer must be 401 problem+json — never a 2xx, 403 or 5xx.
 */
class AttackMatrixTest {

    /** The gateway's declared public operations (gateway application.properties, public-reads and apply). */
    private static final List<Pattern> PUBLIC_GETS = List.of(
            Pattern.compile("/api/v1/membership/directory(/.*)?"), Pattern.compile("/api/v1/knowledge/directory(/.*)?"),
            Pattern.compile("/api/v1/awards/editions"), Pattern.compile("/api/v1/awards/editions/[^/]+/results"),
            Pattern.compile("/api/v1/knowledge/(search|catalog)"), Pattern.compile("/api/v1/knowledge/(resources|events)(/.*)?"),
            Pattern.compile("/api/v1/knowledge/ckan/.*"));

    record Operation(String method, String path) {
    }

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
    }

    static List<Operation> operations() throws Exception {
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
                for (Iterator<String> m = p.getValue().fieldNames(); m.hasNext(); ) {
                    String method = m.next().toUpperCase();
                    if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        ops.add(new Operation(method, concrete));
                    }
                }
            }
        }
        return ops;
    }

    static boolean isPublic(Operation op) {
        return (op.method().equals("GET") && PUBLIC_GETS.stream().anyMatch(p -> p.matcher(op.path()).matches()))
                || (op.method().equals("POST") && op.path().equals("/api/v1/membership/applications"));
    }

    @Test
    void everyOperationRefusesMissingAndForgedTokens() throws Exception {
        List<Operation> ops = operations();
        assertTrue(ops.size() > 60, "the services' OpenAPI documents list " + ops.size() + " operations");
        Map<String, String> attacks = ForgedTokens.all();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Operation op : ops) {
            if (!isPublic(op)) {
                calls++;
                check(op, "no token", given(), failures);
            }
            for (Map.Entry<String, String> attack : attacks.entrySet()) {
                calls++;
                check(op, attack.getKey(), given().header("Authorization", "Bearer " + attack.getValue()), failures);
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + calls + " attacks were not refused with 401:\n"
                + String.join("\n", failures));
        // Control: the harness tells a refusal from an answer — a real token on the same kind of route gets through.
        given().auth().oauth2(org.wego.testsupport.Tokens.of("admin")).get("/api/v1/membership/members").then().statusCode(200);
        given().auth().oauth2(org.wego.testsupport.Tokens.of("admin")).get("/api/v1/awards/editions/x1/results").then().statusCode(404);
        System.out.printf("attack matrix: %d operations, %d calls, all refused with 401%n", ops.size(), calls);
    }

    private static void check(Operation op, String attack, io.restassured.specification.RequestSpecification request,
                              List<String> failures) {
        Response r = request.contentType("application/json").body("{}").request(Method.valueOf(op.method()), op.path());
        if (r.statusCode() != 401 || !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            failures.add(op.method() + " " + op.path() + " with " + attack + " → " + r.statusCode() + " " + r.contentType());
        }
    }
}
