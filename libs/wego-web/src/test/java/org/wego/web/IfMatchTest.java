package org.wego.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IfMatchTest {

    @Test
    void aPatchWithoutIfMatchIsRefusedWith428() {
        assertEquals(428, assertThrows(ProblemException.class, () -> IfMatch.required(null, "member")).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> IfMatch.required("  ", "member")).status());
        assertNull(IfMatch.optional(null, "member"));
    }

    @Test
    void theCurrentVersionAmongTheTagsMatches() {
        assertTrue(IfMatch.required("\"3\"", "member").matches(3));
        assertFalse(IfMatch.required("\"3\"", "member").matches(4));
        assertTrue(IfMatch.required("W/\"3\"", "member").matches(3));
        assertTrue(IfMatch.required("\"1\", \"x\",W/\"7\"", "member").matches(7));
        assertTrue(IfMatch.required("*", "member").matches(12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"stale-version-0\"", "\"\"", "\"03x\"", "W/\"abc\", \"def\""})
    void aWellFormedTagThatIsNoVersionOfOursFailsThePreconditionNotTheSyntax(String header) {
        IfMatch condition = IfMatch.required(header, "member");
        assertFalse(condition.matches(0));
        ProblemException failed = condition.failed("member", 0);
        assertEquals(412, failed.status());
        assertTrue(failed.getMessage().contains(header), failed.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "stale-version-0", "\"3", "\"3\" \"4\"", "W/3", "\"a\"b\"", "\"3\";x", ","})
    void aMalformedHeaderIs400NamingIt(String header) {
        ProblemException e = assertThrows(ProblemException.class, () -> IfMatch.required(header, "member"));
        assertEquals(400, e.status());
        assertEquals("If-Match", e.violations().get(0).field());
    }
}
