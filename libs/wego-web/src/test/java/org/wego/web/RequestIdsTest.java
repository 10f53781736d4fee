package org.wego.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestIdsTest {

    @Test
    void wellFormedCallerIdIsKept() {
        assertEquals("partner-req_01.A", RequestIds.acceptOrGenerate("partner-req_01.A"));
    }

    @Test
    void injectionOrOversizedIdsAreReplaced() {
        for (String bad : new String[]{null, "", "short", "line\nbreak-0001", "x".repeat(129), "<script>alert(1)</script>"}) {
            String id = RequestIds.acceptOrGenerate(bad);
            assertNotEquals(bad, id);
            assertTrue(id.matches("[0-9a-f-]{36}"), id);
        }
    }
}
