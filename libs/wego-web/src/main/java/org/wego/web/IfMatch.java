package org.wego.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code If-Match} precondition (RFC 9110 §13.1.1) against our numeric ETags ({@code "3"}): {@code *}, or a list
 * of entity tags of which one must be the current version. Any well-formed tag is accepted; one that is not a number
 * can never be current, so it fails the precondition (412) rather than the request's syntax (400). Weak tags are
 * compared by their value: an intermediary that compresses answers may weaken our strong tags on the way out.
 */
public final class IfMatch {

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([\\x21\\x23-\\x7E\\x80-\\xFF]*)\"\\s*(,|$)");

    private final String header;
    private final boolean any;
    private final Set<Long> versions;

    private IfMatch(String header, boolean any, Set<Long> versions) {
        this.header = header;
        this.any = any;
        this.versions = versions;
    }

    /**
     * For writes that replace what the client read (PATCH): without {@code If-Match} the write could silently undo
     * someone else's, so it is refused with 428 Precondition Required (RFC 6585).
     *
     * @param what what the ETag belongs to, for the messages ("member", "resource")
     */
    public static IfMatch required(String header, String what) {
        if (header == null || header.isBlank()) {
            throw missing(what);
        }
        return parse(header, what);
    }

    /** The 428 for a write that needs a precondition and came without one. */
    public static ProblemException missing(String what) {
        return new ProblemException(428, "precondition-required", "Precondition required",
                "Send If-Match with the ETag of the " + what + " you read (GET it first), or * to overwrite");
    }

    /** For writes where a precondition is the client's choice: null when none was sent. */
    public static IfMatch optional(String header, String what) {
        return header == null || header.isBlank() ? null : parse(header, what);
    }

    private static IfMatch parse(String header, String what) {
        String value = header.trim();
        if (value.equals("*")) {
            return new IfMatch(value, true, Set.of());
        }
        Set<Long> versions = new LinkedHashSet<>();
        Matcher m = TAG.matcher(value);
        int at = 0;
        while (at < value.length()) {
            if (!m.find(at) || m.start() != at || m.end() == m.start()) {
                throw ProblemException.invalidField("If-Match",
                        "must be * or entity tags of this " + what + ", e.g. \"3\"");
            }
            String opaque = m.group(2);
            if (opaque.matches("\\d{1,18}")) {
                versions.add(Long.parseLong(opaque));
            }
            at = m.end();
        }
        return new IfMatch(value, false, versions);
    }

    public boolean matches(long current) {
        return any || versions.contains(current);
    }

    /** The 412 to throw when {@link #matches} is false. */
    public ProblemException failed(String what, long current) {
        String sent = header.length() > 100 ? header.substring(0, 100) + "…" : header;
        return new ProblemException(412, "stale-version", "Precondition failed", "If-Match " + sent
                + " is not the current version of this " + what + " (\"" + current + "\"); read it again and reapply your change");
    }

    @Override
    public String toString() {
        return header;
    }
}
