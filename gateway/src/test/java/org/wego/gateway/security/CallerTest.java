package org.wego.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class CallerTest {

    private static DefaultJWTCallerPrincipal token(String azp, String username, String subject, String city) {
        JwtClaims claims = new JwtClaims();
        claims.setClaim("azp", azp);
        claims.setClaim("preferred_username", username);
        claims.setSubject(subject);
        if (city != null) {
            claims.setClaim("city", city);
        }
        return new DefaultJWTCallerPrincipal(claims);
    }

    @Test
    void aPersonIsKeyedByAppAndUserAndByTheirCity() {
        Caller caller = Caller.of(token("wego-frontend", "official-seoul", "u-17", "seoul"));
        assertEquals("client:wego-frontend:u-17", caller.clientKey());
        assertEquals("city:seoul", caller.cityKey());
        assertEquals("wego-frontend/official-seoul", caller.label());
    }

    @Test
    void aServiceAccountIsOneClientAndSpeaksForNoCity() {
        Caller caller = Caller.of(token("undesa-feed", "service-account-undesa-feed", "u-99", null));
        assertEquals("client:undesa-feed", caller.clientKey());
        assertNull(caller.cityKey());
        assertEquals("undesa-feed/service-account-undesa-feed", caller.label());
    }

    @Test
    void theCallerAttachedAtVerificationIsReusedNotDerivedAgain() {
        SecurityIdentity verified = QuarkusSecurityIdentity.builder()
                .setPrincipal(token("wego-frontend", "admin", "u-1", null)).build();
        SecurityIdentity attached = Caller.attachTo(verified);
        Caller first = Caller.of(attached);
        assertEquals("client:wego-frontend:u-1", first.clientKey());
        assertSame(first, Caller.of(attached));
        // A copy of the identity (as the verified-token cache makes per request) keeps it.
        assertSame(first, Caller.of(QuarkusSecurityIdentity.builder(attached).build()));
    }

    @Test
    void anonymousIdentitiesHaveNoCaller() {
        assertNull(Caller.of((SecurityIdentity) null));
        assertNull(Caller.of(QuarkusSecurityIdentity.builder().setAnonymous(true).build()));
    }
}
