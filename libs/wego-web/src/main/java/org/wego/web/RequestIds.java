package org.wego.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Request id rules shared by the gateway and the services: a caller's {@code X-Request-Id} is kept when it is
 * well formed (so a partner can correlate), anything else is replaced, so logs never carry attacker-chosen text.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String CONTEXT_KEY = "wego.requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,128}");

    private RequestIds() {
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    public static String acceptOrGenerate(String candidate) {
        return isWellFormed(candidate) ? candidate : UUID.randomUUID().toString();
    }
}
