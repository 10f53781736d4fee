package org.wego.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wego.web.validation.HttpUrlValidator;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HttpUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://seoul.go.kr", "http://a.example/p?q=1&r=%20#f", "https://x.org/a(b)/c;d=e"})
    void absoluteHttpUrlsPass(String url) {
        assertTrue(HttpUrlValidator.valid(url));
        assertEquals(url, HttpUrlValidator.encoded(url), "a valid URL is written as it is");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://x.org/<script>", "https://x.org/a\"b", "https://x.org/{x}", "ftp://x.org/f",
            "https:///nohost", "https://x.org/é", "mailto:a@b.org", "https://x.org/a|b"})
    void whatWouldBreakAFeedIsRefused(String url) {
        assertFalse(HttpUrlValidator.valid(url));
    }

    @Test
    void aStoredBadUrlIsEncodedIntoOneThatParses() {
        String encoded = HttpUrlValidator.encoded("https://x.org/<a b>/é\"");
        assertEquals("https://x.org/%3Ca%20b%3E/%C3%A9%22", encoded);
        assertEquals("x.org", URI.create(encoded).getHost());
    }
}
