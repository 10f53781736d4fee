package org.wego.testsupport;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.util.List;
import java.util.Map;

/**
 * The local Keycloak's admin API (bootstrap admin of the master realm, local-only credentials from {@code ./wego}),
 * for tests that need what the realm file does not hold: a city official for a city created during the test, a
 * client whose tokens expire within a second, or a token of another realm.
 */
public final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    /** An access token of the master realm: valid, signed by this Keycloak, but not issued by realm wego. */
    public static String masterRealmToken() {
        Response r = RestAssured.given()
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", Stack.setting("WEGO_KEYCLOAK_ADMIN", "kcadmin"))
                .formParam("password", Stack.setting("WEGO_KEYCLOAK_ADMIN_PASSWORD", "kcadmin"))
                .post(Stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("master realm refused the admin: " + r.statusCode() + " " + r.asString());
        }
        return r.path("access_token");
    }

    /**
     * A public client of realm wego with the WeGO audience whose access tokens live {@code lifespanSeconds};
     * created once, reused afterwards.
     */
    public static void ensureShortLivedClient(String clientId, int lifespanSeconds) {
        String admin = masterRealmToken();
        List<?> found = RestAssured.given().auth().oauth2(admin).queryParam("clientId", clientId)
                .get(adminUrl() + "/clients").then().statusCode(200).extract().as(List.class);
        if (!found.isEmpty()) {
            return;
        }
        Map<String, Object> client = Map.of("clientId", clientId, "publicClient", true, "enabled", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                "attributes", Map.of("access.token.lifespan", Integer.toString(lifespanSeconds)),
                "protocolMappers", List.of(Map.of("name", "wego-api audience", "protocol", "openid-connect",
                        "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                                "included.custom.audience", "wego-api", "access.token.claim", "true"))));
        int status = RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(client)
                .post(adminUrl() + "/clients").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not create client " + clientId + ": HTTP " + status);
        }
    }

    /** A password-grant token of {@code username} (password = username) through {@code clientId}. */
    public static String tokenVia(String clientId, String username) {
        Response r = RestAssured.given()
                .formParam("grant_type", "password").formParam("client_id", clientId)
                .formParam("username", username).formParam("password", username)
                .post(Stack.keycloakUrl() + "/realms/wego/protocol/openid-connect/token");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused " + username + " via " + clientId + ": " + r.asString());
        }
        return r.path("access_token");
    }

    /**
     * A city official of realm wego for {@code city} (password = username, realm role city-official, attribute
     * city): the step the secretariat performs in Keycloak's admin console when a city joins (docs/security.md).
     */
    public static void ensureCityOfficial(String username, String city, String country) {
        ensureUser(username, "city-official", city, country);
    }

    /**
     * A user of realm wego (password = username) holding {@code realmRole}, with the attributes {@code city} and
     * {@code country} where not null; created once, reused afterwards.
     */
    public static void ensureUser(String username, String realmRole, String city, String country) {
        String admin = masterRealmToken();
        List<?> found = RestAssured.given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .get(adminUrl() + "/users").then().statusCode(200).extract().as(List.class);
        if (found.isEmpty()) {
            Map<String, List<String>> attributes = new java.util.HashMap<>();
            if (city != null) {
                attributes.put("city", List.of(city));
            }
            if (country != null) {
                attributes.put("country", List.of(country));
            }
            Map<String, Object> user = Map.of("username", username, "enabled", true, "emailVerified", true,
                    "email", username + "@wego.local", "firstName", "Test", "lastName", username,
                    "attributes", attributes,
                    "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false)));
            int status = RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(user)
                    .post(adminUrl() + "/users").statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("could not create user " + username + ": HTTP " + status);
            }
        }
        String id = RestAssured.given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .get(adminUrl() + "/users").then().statusCode(200).extract().path("[0].id");
        Map<?, ?> role = RestAssured.given().auth().oauth2(admin).get(adminUrl() + "/roles/" + realmRole)
                .then().statusCode(200).extract().as(Map.class);
        RestAssured.given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(role))
                .post(adminUrl() + "/users/" + id + "/role-mappings/realm").then().statusCode(204);
    }

    private static String adminUrl() {
        return Stack.keycloakUrl() + "/admin/realms/wego";
    }
}
