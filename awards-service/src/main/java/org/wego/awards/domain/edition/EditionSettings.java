package org.wego.awards.domain.edition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wego.awards.domain.judging.Rubric;
import org.wego.awards.domain.judging.TieBreak;

import java.time.Instant;
import java.util.List;

/**
 * An edition's settings as clients send them: every field for a new edition (absent ones take the defaults), or
 * only the fields to change for an update. Ranges are checked by Bean Validation; the rubric by {@link Rubric}.
 */
public record EditionSettings(
        @Min(2000) @Max(2100) Integer year,
        @Size(min = 3, max = 200) String title,
        Instant submissionDeadline,
        @Min(0) @Max(10_080) Integer graceMinutes,
        @Min(1) @Max(10) Integer reviewersPerEntry,
        @Min(1) @Max(1_000) Integer judgeLoadLimit,
        Boolean normalise,
        Boolean reviewsVisibleAfterOwn,
        Boolean blindReview,
        @Min(1) @Max(20) Integer winnersPerCategory,
        @Size(max = 4) List<@NotNull TieBreak> tieBreaks,
        @Size(min = 1, max = 20) List<@NotNull @Valid CategorySpec> categories,
        @Size(min = 1, max = 20) List<Rubric.@NotNull Criterion> rubric) {

    public record CategorySpec(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String code,
                               @NotBlank @Size(max = 200) String name) {
    }

    public static final int DEFAULT_REVIEWERS = 3;
    public static final int DEFAULT_LOAD_LIMIT = 20;
}
