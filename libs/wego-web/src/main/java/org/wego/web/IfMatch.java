package org.wego.web;

/** Reads an {@code If-Match} header carrying one of our numeric ETags ({@code "3"}, weak or strong). */
public final class IfMatch {

    private IfMatch() {
    }

    /**
     * @param what what the ETag belongs to, for the error message ("member", "resource")
     * @return the version asked for, or null when the header is absent or {@code *}
     */
    public static Long version(String header, String what) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        String tag = header.trim().replaceFirst("^W/", "");
        if (!tag.matches("\"\\d{1,18}\"")) {
            throw ProblemException.invalidField("If-Match", "must be an ETag of this " + what + ", e.g. \"3\"");
        }
        return Long.parseLong(tag.substring(1, tag.length() - 1));
    }
}
