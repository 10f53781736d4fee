package org.wego.gateway.security;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.wego.gateway.routing.GatewayConfig;
import org.wego.gateway.routing.GatewayProblems;
import org.wego.web.RequestIds;
import org.wego.web.security.CachedBearerMechanism;

import java.util.Optional;
import java.util.Set;

/**
 * Keycloak bearer authentication as every service does it ({@link CachedBearerMechanism}: quarkus-oidc verifies, a
 * verified token is remembered), plus the authorized-party allow-list and the caller attached to the identity; the
 * challenge sent to an anonymous caller on a protected route is a problem+json body rather than an empty 401.
 */
@Alternative
@Priority(2) // above wego-web's CachedBearerMechanism, which it replaces at the edge
@Singleton // as CachedBearerMechanism: no client proxy, so the subclass needs no no-args constructor
public class ProblemChallengeMechanism extends CachedBearerMechanism {

    private final Optional<Set<String>> allowedClients;

    public ProblemChallengeMechanism(OidcAuthenticationMechanism oidc, GatewayConfig config,
                                     @ConfigProperty(name = "quarkus.oidc.token.lifespan-grace", defaultValue = "0") int grace) {
        super(oidc, config.verifiedTokenCache(), grace);
        this.allowedClients = config.allowedClients();
    }

    /**
     * quarkus-oidc checks signature, issuer, expiry and audience; the authorized party ({@code azp}, the client the
     * token was issued to) is checked here against the configured allow-list, so a token minted for some other client
     * of the realm is refused even if it carries the WeGO audience.
     */
    @Override
    protected SecurityIdentity accepted(SecurityIdentity identity) {
        if (allowedClients.isPresent() && identity.getPrincipal() instanceof JsonWebToken jwt
                && !allowedClients.get().contains(String.valueOf(jwt.<Object>getClaim("azp")))) {
            throw new AuthenticationFailedException("token issued to a client that is not allowed: " + jwt.getClaim("azp"));
        }
        return Caller.attachTo(identity);
    }

    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        if (!context.response().ended()) {
            context.response().setStatusCode(401)
                    .putHeader("WWW-Authenticate", "Bearer realm=\"wego\"")
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader(RequestIds.HEADER, String.valueOf(context.request().getHeader(RequestIds.HEADER)))
                    .end(GatewayProblems.json(context.request(), 401,
                            "A valid bearer token from the WeGO Keycloak realm is required"));
        }
        return Uni.createFrom().item(true);
    }
}
