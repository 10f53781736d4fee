package org.wego.web.security;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Alternative;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Set;

/**
 * Each service's bearer authentication: quarkus-oidc verifies a token the first time it is seen (nothing is
 * re-implemented), {@link VerifiedTokens} answers the same token's later requests until it expires or
 * {@code wego.security.verified-token-cache} has passed (0 turns the cache off). The gateway's mechanism extends this
 * one (a higher priority replaces it there) with the authorized-party check and the problem+json challenge.
 */
@Alternative
@Priority(1)
@Singleton // not a client proxy: the gateway subclasses it with constructor injection
public class CachedBearerMechanism implements HttpAuthenticationMechanism {

    private final OidcAuthenticationMechanism oidc;
    private final VerifiedTokens verified;

    public CachedBearerMechanism(OidcAuthenticationMechanism oidc,
                                 @ConfigProperty(name = "wego.security.verified-token-cache", defaultValue = "60s") Duration maxAge,
                                 @ConfigProperty(name = "quarkus.oidc.token.lifespan-grace", defaultValue = "0") int grace) {
        this.oidc = oidc;
        this.verified = new VerifiedTokens(maxAge, grace, 10_000);
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = verified.enabled() ? VerifiedTokens.bearer(context) : null;
        SecurityIdentity known = verified.lookup(token, context);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return oidc.authenticate(context, identityProviderManager).onItem().transform(identity -> {
            SecurityIdentity kept = identity == null ? null : accepted(identity);
            if (kept != null && token != null) {
                verified.remember(token, kept);
            }
            return kept;
        });
    }

    /**
     * What an identity quarkus-oidc has verified becomes before it is remembered and used; a subclass adds its own
     * checks (throwing {@link io.quarkus.security.AuthenticationFailedException}) or attributes.
     */
    protected SecurityIdentity accepted(SecurityIdentity identity) {
        return identity;
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
    public int getPriority() {
        return oidc.getPriority();
    }
}
