package org.wego.testsupport;

import io.restassured.RestAssured;
import io.restassured.response.Response;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the local Keycloak realm {@code wego}: the password grant for demo users (through the
 * public {@code wego-frontend} client) and client credentials for partner feeds. Cached until shortly before expiry.
 */
public final class Tokens {

    private record Cached(String token, Instant expires) {
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** Demo users have password = username. */
    public static String of(String username) {
        return cached("user:" + username, () -> RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "wego-frontend")
                .formParam("username", username)
                .formParam("password", username)
                .post(tokenUrl()));
    }

    public static String ofClient(String clientId, String secret) {
        return cached("client:" + clientId, () -> RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .post(tokenUrl()));
    }

    public static String bearer(String username) {
        return "Bearer " + of(username);
    }

    private static String cached(String key, java.util.function.Supplier<Response> fetch) {
        Cached hit = CACHE.get(key);
        if (hit != null && hit.expires().isAfter(Instant.now().plusSeconds(30))) {
            return hit.token();
        }
        // One fetch at a time: Keycloak answers concurrent password grants for one user with "invalid credentials".
        synchronized (Tokens.class) {
            hit = CACHE.get(key);
            if (hit != null && hit.expires().isAfter(Instant.now().plusSeconds(30))) {
                return hit.token();
            }
            return fetchAndCache(key, fetch);
        }
    }

    private static String fetchAndCache(String key, java.util.function.Supplier<Response> fetch) {
        Response response = fetch.get();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + key + ": " + response.statusCode()
                    + " " + response.asString());
        }
        String token = response.path("access_token");
        int expiresIn = response.path("expires_in");
        CACHE.put(key, new Cached(token, Instant.now().plusSeconds(expiresIn)));
        return token;
    }

    private static String tokenUrl() {
        return Stack.keycloakUrl() + "/realms/wego/protocol/openid-connect/token";
    }
}
