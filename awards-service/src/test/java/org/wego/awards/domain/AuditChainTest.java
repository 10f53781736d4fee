package org.wego.awards.domain;

import org.junit.jupiter.api.Test;
import org.wego.awards.domain.audit.AuditChain;
import org.wego.awards.domain.audit.AuditChain.Link;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class AuditChainTest {

    private static List<Link> chain(int length) {
        List<Link> links = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (long s = 1; s <= length; s++) {
            Instant at = Instant.parse("2026-05-01T10:00:00Z").plusSeconds(s);
            String details = "{\"n\":" + s + "}";
            String hash = AuditChain.hash(previous, s, at, "admin", "REVIEW_SUBMITTED", "entry-" + s, details);
            links.add(new Link(s, at, "admin", "REVIEW_SUBMITTED", "entry-" + s, details, previous, hash));
            previous = hash;
        }
        return links;
    }

    @Test
    void anIntactChainVerifies() {
        assertEquals(Optional.empty(), AuditChain.firstBroken(chain(5)));
        assertEquals(64, chain(1).get(0).hash().length());
        assertNotEquals(chain(2).get(0).hash(), chain(2).get(1).hash());
    }

    @Test
    void editingRemovingOrReorderingIsDetected() {
        List<Link> edited = chain(5);
        Link third = edited.get(2);
        edited.set(2, new Link(3, third.at(), third.actor(), third.action(), third.subject(), "{\"n\":99}",
                third.previousHash(), third.hash()));
        assertEquals(Optional.of(3L), AuditChain.firstBroken(edited));

        List<Link> removed = chain(5);
        removed.remove(1);
        assertEquals(Optional.of(3L), AuditChain.firstBroken(removed));

        List<Link> swapped = chain(5);
        Link a = swapped.get(3);
        swapped.set(3, swapped.get(4));
        swapped.set(4, a);
        assertEquals(Optional.of(5L), AuditChain.firstBroken(swapped));
    }
}
