package org.wego.membership.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The bearer capability an applicant follows their application with: 256 random bits, shown once at submission,
 * stored only as a SHA-256 digest and compared in constant time. (A Keycloak account is not required to apply, so the
 * token is the applicant's only credential; its entropy makes guessing pointless, the gateway's quotas make it slow.)
 */
public record FollowUpToken(String token, byte[] sha256) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static FollowUpToken issue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new FollowUpToken(token, digest(token));
    }

    /** True if {@code presented} is the token whose digest is {@code stored}; false for null or absent values. */
    public static boolean matches(String presented, byte[] stored) {
        if (presented == null || stored == null || presented.length() > 100) {
            return false;
        }
        return MessageDigest.isEqual(digest(presented), stored);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
