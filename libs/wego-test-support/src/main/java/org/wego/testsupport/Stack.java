package org.wego.testsupport;

/** Where the local stack listens; the same environment variables as {@code ./wego}. */
public final class Stack {

    private Stack() {
    }

    public static String keycloakUrl() {
        return setting("WEGO_KEYCLOAK_URL", "http://localhost:8180");
    }

    public static String kafkaBootstrap() {
        return setting("WEGO_KAFKA_BOOTSTRAP", "127.0.0.1:9092");
    }

    public static String gatewayUrl() {
        return setting("WEGO_GATEWAY_URL", "http://localhost:8080");
    }

    public static String setting(String name, String fallback) {
        String fromProperty = System.getProperty(name);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty;
        }
        String fromEnv = System.getenv(name);
        return fromEnv == null || fromEnv.isBlank() ? fallback : fromEnv;
    }
}
