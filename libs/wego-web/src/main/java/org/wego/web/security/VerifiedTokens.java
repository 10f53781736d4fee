package org.wego.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;

/**
 * Identities of bearer tokens fully verified here (signature, issuer, audience, expiry, and whatever the caller adds,
 * such as the gateway's authorized-party check), kept until the token expires (plus the allowed clock skew) but never
 * longer than {@code maxAge}. Verifying an RS256 token and parsing its claims is a large part of a cheap request's
 * work; a client sends the same token for minutes, so it is verified once (as Envoy's jwt_authn cache does). The bound
 * on age limits how long a token signed by a key Keycloak has since withdrawn stays accepted. Only exact token strings
 * hit; nothing is inferred. Caffeine rather than quarkus-cache: the expiry is per entry (the token's own).
 */
public final class VerifiedTokens {

    private record Entry(SecurityIdentity identity, long expiresAtNanos) {
    }

    private final Cache<String, Entry> cache;
    private final long graceSeconds;
    private final long maxAgeNanos;

    public VerifiedTokens(Duration maxAge, long graceSeconds, long maxEntries) {
        this.graceSeconds = graceSeconds;
        this.maxAgeNanos = maxAge.toNanos();
        // Housekeeping on the calling thread: the default hands it to the common pool, waking a thread every few reads.
        this.cache = Caffeine.newBuilder().executor(Runnable::run).maximumSize(maxEntries)
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String key, Entry entry, long currentTime) {
                        return Math.max(0, entry.expiresAtNanos() - System.nanoTime());
                    }

                    @Override
                    public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
                        return expireAfterCreate(key, entry, currentTime);
                    }

                    @Override
                    public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                }).build();
    }

    public boolean enabled() {
        return maxAgeNanos > 0;
    }

    public static String bearer(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
    }

    /** The identity verified earlier for exactly this token, bound to the current request; null when unknown. */
    public SecurityIdentity lookup(String token, RoutingContext context) {
        Entry entry = token == null ? null : cache.getIfPresent(token);
        if (entry == null || entry.expiresAtNanos() - System.nanoTime() <= 0) {
            return null;
        }
        // The identity carries the routing context it was verified with; give it this request's instead.
        return QuarkusSecurityIdentity.builder(entry.identity())
                .addAttribute(RoutingContext.class.getName(), context).build();
    }

    public void remember(String token, SecurityIdentity identity) {
        if (token == null || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long untilExpiry = Duration.ofSeconds(jwt.getExpirationTime() + graceSeconds - System.currentTimeMillis() / 1000).toNanos();
        long ttl = Math.min(untilExpiry, maxAgeNanos);
        if (ttl > 0) {
            cache.put(token, new Entry(identity, System.nanoTime() + ttl));
        }
    }
}
