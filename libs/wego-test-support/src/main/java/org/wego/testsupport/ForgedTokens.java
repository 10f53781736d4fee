package org.wego.testsupport;

import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.HmacKey;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Tokens an attacker could send, built with jose4j: each carries the claims of a real admin token of the realm
 * (issuer, audience, roles, expiry in the future), so the only thing wrong with it is the thing under test.
 */
public final class ForgedTokens {

    private ForgedTokens() {
    }

    /** The attacks, by name. */
    public static Map<String, String> all() {
        try {
            return Map.of(
                    "signed by another key", signedByAnotherKey(),
                    "alg none", algNone(),
                    "HS256 keyed with the realm's public key", hs256WithRealmPublicKey(),
                    "payload edited, signature kept", editedPayload(),
                    "not a JWT", "not-a-jwt");
        } catch (Exception e) {
            throw new IllegalStateException("cannot forge tokens", e);
        }
    }

    /** The claims of a real admin token (issuer, audience, roles...) with a fresh expiry. */
    static JwtClaims adminClaims() throws Exception {
        String real = Tokens.of("admin");
        String payload = new String(Base64.getUrlDecoder().decode(real.split("\\.")[1]), StandardCharsets.UTF_8);
        JwtClaims claims = JwtClaims.parse(payload);
        claims.setExpirationTimeMinutesInTheFuture(10);
        return claims;
    }

    static String signedByAnotherKey() throws Exception {
        RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
        key.setKeyId(realmKey().getKeyId()); // same kid as the realm's key: only the signature can tell
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(adminClaims().toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    static String algNone() throws Exception {
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + realmKey().getKeyId() + "\"}");
        return header + "." + b64(adminClaims().toJson()) + ".";
    }

    static String hs256WithRealmPublicKey() throws Exception {
        JsonWebKey realm = realmKey();
        byte[] secret = realm.getKey().getEncoded();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(adminClaims().toJson());
        jws.setKey(new HmacKey(secret));
        jws.setKeyIdHeaderValue(realm.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setDoKeyValidation(false);
        return jws.getCompactSerialization();
    }

    /** A real city official's token with its roles replaced by wego-admin, signature unchanged. */
    static String editedPayload() throws Exception {
        String real = Tokens.of("official-seoul");
        String[] parts = real.split("\\.");
        JwtClaims claims = JwtClaims.parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        claims.setClaim("realm_access", Map.of("roles", List.of("wego-admin")));
        return parts[0] + "." + b64(claims.toJson()) + "." + parts[2];
    }

    static JsonWebKey realmKey() throws Exception {
        HttpsJwks jwks = new HttpsJwks(Stack.keycloakUrl() + "/realms/wego/protocol/openid-connect/certs");
        return jwks.getJsonWebKeys().stream().filter(k -> "RS256".equals(k.getAlgorithm()) || "sig".equals(k.getUse()))
                .filter(k -> k instanceof RsaJsonWebKey).findFirst().orElseThrow();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
