package org.wego.gateway.security;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.wego.gateway.routing.GatewayConfig;
import org.wego.gateway.routing.GatewayProblems;
import org.wego.web.RequestIds;
import org.wego.web.security.VerifiedTokens;

import java.util.Optional;
import java.util.Set;

/**
 * Keycloak bearer authentication as quarkus-oidc does it (token validation is delegated, not re-done), plus the
 * authorized-party allow-list and a cache of tokens already verified ({@link VerifiedTokens}); the challenge sent to
 * an anonymous caller on a protected route is a problem+json body rather than an empty 401.
 */
@Alternative
@Priority(2) // above wego-web's CachedBearerMechanism, which it replaces at the edge
@ApplicationScoped
public class ProblemChallengeMechanism implements HttpAuthenticationMechanism {

    private final OidcAuthenticationMechanism oidc;
    private final Optional<Set<String>> allowedClients;
    private final VerifiedTokens verified;

    public ProblemChallengeMechanism(OidcAuthenticationMechanism oidc, GatewayConfig config,
                                     @ConfigProperty(name = "quarkus.oidc.token.lifespan-grace", defaultValue = "0") int grace) {
        this.oidc = oidc;
        this.allowedClients = config.allowedClients();
        this.verified = new VerifiedTokens(config.verifiedTokenCache(), grace, 10_000);
    }

    /**
     * quarkus-oidc checks signature, issuer, expiry and audience; the authorized party ({@code azp}, the client the
     * token was issued to) is checked here against the configured allow-list, so a token minted for some other client
     * of the realm is refused even if it carries the WeGO audience.
     */
    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = verified.enabled() ? VerifiedTokens.bearer(context) : null;
        SecurityIdentity known = verified.lookup(token, context);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return oidc.authenticate(context, identityProviderManager).onItem().transform(identity -> {
            if (identity != null && allowedClients.isPresent() && identity.getPrincipal() instanceof JsonWebToken jwt
                    && !allowedClients.get().contains(String.valueOf(jwt.<Object>getClaim("azp")))) {
                throw new AuthenticationFailedException("token issued to a client that is not allowed: " + jwt.getClaim("azp"));
            }
            SecurityIdentity withCaller = Caller.attachTo(identity);
            if (withCaller != null && token != null) {
                verified.remember(token, withCaller);
            }
            return withCaller;
        });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
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
