package org.wego.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Stack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gateway's merged OpenAPI document covers all four services and every reference in it resolves. */
class MergedOpenApiTest {

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
    }

    @Test
    void oneDocumentForTheWholePlatform() throws Exception {
        String body = given().get("/openapi").then().statusCode(200).contentType("application/json").extract().asString();
        JsonNode spec = new ObjectMapper().readTree(body);
        JsonNode paths = spec.get("paths");
        for (String path : List.of("/api/v1/membership/members", "/api/v1/awards/editions", "/api/v1/ceds/frameworks",
                "/api/v1/knowledge/search")) {
            assertTrue(paths.has(path), path + " missing from the merged document");
        }
        assertTrue(spec.path("x-wego-missing").isMissingNode(), "a service was missing: " + spec.path("x-wego-missing"));
        List<String> dangling = new ArrayList<>();
        Matcher refs = Pattern.compile("\"#/components/schemas/([^\"]+)\"").matcher(body);
        while (refs.find()) {
            if (!spec.path("components").path("schemas").has(refs.group(1))) {
                dangling.add(refs.group(1));
            }
        }
        assertTrue(dangling.isEmpty(), "references without a schema: " + dangling);
        assertTrue(spec.path("components").path("schemas").fieldNames().hasNext());
    }
}
