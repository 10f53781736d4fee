package org.wego.knowledge.domain.resource;

import org.bson.Document;
import org.wego.knowledge.domain.DirectoryEntry;
import org.wego.web.ProblemException;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A resource's {@code cities} name member cities: codes the directory (fed by membership events) has known. A
 * city that has since withdrawn stays known — its practices remain history — but a typo or an invented code is
 * refused, so the city filter, the feeds and the city pages never point at a city that does not exist.
 */
final class KnownCities {

    private KnownCities() {
    }

    /** Refuses with 422 {@code unknown-city} if any of {@code cities} is not a city the directory knows. */
    static void require(Collection<String> cities) {
        Set<String> wanted = new LinkedHashSet<>(cities);
        if (wanted.isEmpty()) {
            return;
        }
        Set<String> known = new java.util.HashSet<>();
        DirectoryEntry.<DirectoryEntry>find(new Document("_id", new Document("$in", List.copyOf(wanted)))
                .append("name", new Document("$ne", null))).stream().forEach(e -> known.add(e.code));
        wanted.removeAll(known);
        if (!wanted.isEmpty()) {
            throw new ProblemException(422, "unknown-city", "Not a member city",
                    "cities must be WeGO member cities; not known here: " + wanted
                            + " (a city admitted a moment ago appears within seconds)");
        }
    }
}
