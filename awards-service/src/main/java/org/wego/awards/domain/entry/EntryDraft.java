package org.wego.awards.domain.entry;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * An entry's content as a city writes it. On create {@code city}, {@code category} and {@code title} are needed; the
 * rest may be filled in later, and must all be there (with at least one link) to submit.
 */
public record EntryDraft(
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 64) String city,
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String category,
        @Size(min = 3, max = 300) String title,
        @Size(max = 2_000) String summary,
        @Size(max = 20_000) String description,
        @Size(max = 10_000) String outcomes,
        @Size(max = 10) List<@jakarta.validation.constraints.NotNull @Pattern(regexp = "https?://[^\\s]{3,500}", message = "must be an http(s) URL") String> links) {
}
