package org.wego.awards.api;

import org.wego.awards.domain.entry.Entry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An entry as its city, staff and its judges see it (screening details for staff and the city only). */
public record EntryView(UUID id, UUID editionId, String city, String category, Entry.Status status, String title,
                        String summary, String description, String outcomes, List<String> links, Instant createdAt,
                        Instant updatedAt, Instant submittedAt, Screening screening, int version) {

    public record Screening(String result, String reason, String by, Instant at) {
    }

    static EntryView of(Entry e, List<String> links, boolean showScreening) {
        return of(e, links, showScreening, true);
    }

    /** @param showCity false for judges of a blind-review edition before the announcement: the city is left out */
    static EntryView of(Entry e, List<String> links, boolean showScreening, boolean showCity) {
        Screening screening = showScreening && e.screenedAt != null
                ? new Screening(e.status.name(), e.screeningReason, e.screenedBy, e.screenedAt) : null;
        return new EntryView(e.id, e.editionId, showCity ? e.city : null, e.category, e.status, e.title, e.summary, e.description,
                e.outcomes, links, e.createdAt, e.updatedAt, e.submittedAt, screening, e.version);
    }
}
