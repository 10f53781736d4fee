package org.wego.gateway.edge;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.wego.gateway.routing.EchoUpstream;
import org.wego.testsupport.Tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The access log written to a file (as ./wego up runs the gateway): one line per request, with who and how long. */
@QuarkusTest
@WithTestResource(EchoUpstream.class)
@TestProfile(AccessLogTest.ToFile.class)
class AccessLogTest {

    private static final Path DIR = Path.of("target", "access-log-test").toAbsolutePath();

    public static class ToFile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("wego.gateway.access-log-dir", DIR.toString());
        }
    }

    @Test
    void everyRequestIsOneLineWithItsIdClientRouteStatusAndLatency() {
        String official = UUID.randomUUID().toString();
        String anonymous = UUID.randomUUID().toString();
        String refused = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.of("official-seoul")).header("X-Request-Id", official)
                .get("/api/v1/ceds/cities/seoul").then().statusCode(200);
        given().header("X-Request-Id", anonymous).get("/api/v1/membership/directory").then().statusCode(200);
        given().auth().oauth2(Tokens.of("official-seoul")).header("X-Request-Id", refused)
                .post("/api/v1/awards/editions").then().statusCode(403);

        String officialLine = awaitLine(official);
        assertTrue(officialLine.matches(official
                        + " wego-frontend/official-seoul ceds GET /api/v1/ceds/cities/seoul 200 \\d+\\.\\dms"), officialLine);
        String anonymousLine = awaitLine(anonymous);
        assertTrue(anonymousLine.matches(anonymous
                + " anonymous@127\\.0\\.0\\.1 membership GET /api/v1/membership/directory 200 \\d+\\.\\dms"), anonymousLine);
        // Refused by the edge's RBAC before the proxy ran: logged all the same, under the route its path belongs to.
        String refusedLine = awaitLine(refused);
        assertTrue(refusedLine.matches(refused
                + " wego-frontend/official-seoul awards POST /api/v1/awards/editions 403 \\d+\\.\\dms"), refusedLine);
        String unknown = UUID.randomUUID().toString();
        given().header("X-Request-Id", unknown).get("/q/health/live").then().statusCode(200);
        assertTrue(awaitLine(unknown).matches(unknown + " anonymous@127\\.0\\.0\\.1 - GET /q/health/live 200 \\d+\\.\\dms"));
    }

    private static String awaitLine(String requestId) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> lines().stream().filter(line -> line.startsWith(requestId + " ")).findFirst(),
                Optional::isPresent).get();
    }

    private static List<String> lines() {
        Path file = DIR.resolve("gateway-access.log");
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
