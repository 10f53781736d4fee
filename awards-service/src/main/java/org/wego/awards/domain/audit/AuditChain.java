package org.wego.awards.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain of an edition's audit log: each record's hash is SHA-256 over the previous record's hash and the
 * record's own fields, so changing, removing or reordering any record breaks every hash after it.
 */
public final class AuditChain {

    /** The hash the first record of an edition chains to. */
    public static final String GENESIS = "0".repeat(64);

    /** The fields a record's hash covers. {@code details} is the JSON exactly as stored. */
    public record Link(long sequence, Instant at, String actor, String action, String subject, String details,
                       String previousHash, String hash) {
    }

    private AuditChain() {
    }

    public static String hash(String previousHash, long sequence, Instant at, String actor, String action,
                              String subject, String details) {
        String canonical = String.join("\n", previousHash, Long.toString(sequence), at.toString(), actor, action,
                subject == null ? "" : subject, details == null ? "" : details);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** @return the sequence number of the first record that does not verify, if any */
    public static Optional<Long> firstBroken(List<Link> chain) {
        String previous = GENESIS;
        long expected = 1;
        for (Link l : chain) {
            if (l.sequence() != expected || !l.previousHash().equals(previous)
                    || !l.hash().equals(hash(previous, l.sequence(), l.at(), l.actor(), l.action(), l.subject(), l.details()))) {
                return Optional.of(l.sequence());
            }
            previous = l.hash();
            expected++;
        }
        return Optional.empty();
    }
}
