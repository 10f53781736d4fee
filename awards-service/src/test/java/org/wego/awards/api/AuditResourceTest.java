package org.wego.awards.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.awards.api.AwardsFixture.EDITIONS;
import static org.wego.awards.api.AwardsFixture.token;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class AuditResourceTest {

    @Inject
    AgroalDataSource db;

    @Test
    void theExportVerifiesWithPlainSha256() throws Exception {
        AwardsFixture.cities();
        String edition = AwardsFixture.edition(Map.of());
        AwardsFixture.draft(edition, "official-seoul", "seoul", "SERVICES");
        given().auth().oauth2(token("secretariat")).contentType(ContentType.JSON).body(Map.of("graceMinutes", 5))
                .header("If-Match", "*").patch(EDITIONS + "/" + edition).then().statusCode(200);

        String export = given().auth().oauth2(token("admin")).get(EDITIONS + "/" + edition + "/audit/export")
                .then().statusCode(200).contentType(containsString("application/x-ndjson")).extract().asString();
        String[] lines = export.split("\n");
        assertEquals(3, lines.length, export);
        // Recompute the chain the way an outside auditor would, without the service's code.
        String previous = "0".repeat(64);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < lines.length; i++) {
            JsonNode r = json.readTree(lines[i]);
            assertEquals(i + 1, r.get("sequence").asInt());
            assertEquals(previous, r.get("previousHash").asText());
            String canonical = String.join("\n", previous, r.get("sequence").asText(), r.get("at").asText(),
                    r.get("actor").asText(), r.get("action").asText(), r.get("subject").asText(""), r.get("details").asText());
            String hash = HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
            assertEquals(hash, r.get("hash").asText(), "record " + (i + 1));
            previous = hash;
        }
        assertTrue(lines[2].contains("EDITION_UPDATED") && lines[2].contains("graceMinutes"), lines[2]);
        given().auth().oauth2(token("secretariat")).get(EDITIONS + "/" + edition + "/audit/export").then().spec(problem(403));
    }

    @Test
    void theDatabaseRefusesToRewriteHistory() throws SQLException {
        String edition = AwardsFixture.edition(Map.of());
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("update audit_record set actor = 'mallory' where edition_id = '" + edition + "'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class,
                    () -> s.executeUpdate("delete from audit_record where edition_id = '" + edition + "'"));
        }
        given().auth().oauth2(token("admin")).get(EDITIONS + "/" + edition + "/audit").then().statusCode(200)
                .body("records", org.hamcrest.Matchers.equalTo(1)).body("log[0].actor", org.hamcrest.Matchers.equalTo("secretariat"));
    }
}
