package org.wego.web.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

public class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {

    static final int MAX = 2_000;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || valid(value);
    }

    public static boolean valid(String value) {
        if (value.length() > MAX) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * A stored URL made writable into iCalendar and RDF: every byte outside RFC 3986's characters percent-encoded
     * (UTF-8), so a value written before validation existed cannot break a feed. A valid URL is returned unchanged.
     */
    public static String encoded(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c > 0x20 && c < 0x7f && "<>\"{}|\\^`".indexOf(c) < 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
