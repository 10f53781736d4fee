package org.wego.awards.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.wego.awards.domain.jury.JudgeDirectory;
import org.wego.web.DependencyUnavailableException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Judges as Keycloak knows them, read through the admin REST API with the service's own account
 * ({@code awards-directory}, realm-management role {@code view-users} only). A slow or absent Keycloak costs a request
 * at most a few seconds and answers 503; it never blocks adding judges for longer.
 */
@ApplicationScoped
public class KeycloakJudgeDirectory implements JudgeDirectory {

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakJudgeDirectory(Keycloak keycloak, @ConfigProperty(name = "wego.judges.realm", defaultValue = "wego") String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    @Override
    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, retryOn = ProcessingException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000,
            failOn = {ProcessingException.class, DependencyUnavailableException.class})
    public Optional<JudgeIdentity> find(String username) {
        try {
            UsersResource users = keycloak.realm(realm).users();
            Optional<UserRepresentation> found = users.search(username, true).stream()
                    .filter(u -> u.getUsername().equalsIgnoreCase(username)).findFirst();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            UserRepresentation user = found.get();
            boolean judge = users.get(user.getId()).roles().realmLevel().listEffective().stream()
                    .anyMatch(role -> "judge".equals(role.getName()));
            return Optional.of(new JudgeIdentity(user.getUsername(), name(user), Boolean.TRUE.equals(user.isEnabled()),
                    judge, attribute(user, "city"), attribute(user, "country")));
        } catch (WebApplicationException refused) {
            // 401/403/5xx from Keycloak: our account or Keycloak is misconfigured or down, not the client's input.
            throw new DependencyUnavailableException("Keycloak answered " + refused.getResponse().getStatus(), refused);
        }
    }

    private static String name(UserRepresentation user) {
        String name = Stream.of(user.getFirstName(), user.getLastName()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? user.getUsername() : name;
    }

    private static String attribute(UserRepresentation user, String key) {
        Map<String, List<String>> attributes = user.getAttributes();
        List<String> values = attributes == null ? null : attributes.get(key);
        return values == null || values.isEmpty() || values.get(0).isBlank() ? null : values.get(0).strip();
    }
}
