package org.wego.awards.domain.edition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.wego.awards.domain.Viewer;
import org.wego.awards.domain.judging.Rubric;
import org.wego.awards.domain.judging.TieBreak;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.time.Instant;
import java.util.UUID;

/** An awards edition: its settings, rubric and categories (stored as JSON text) and its current phase. */
@Entity
@Table(name = "edition")
public class Edition extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false)
    public int year;
    @Column(nullable = false)
    public String title;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Phase phase;
    @Column(name = "submission_deadline", nullable = false)
    public Instant submissionDeadline;
    @Column(name = "grace_minutes", nullable = false)
    public int graceMinutes;
    @Column(name = "reviewers_per_entry", nullable = false)
    public int reviewersPerEntry;
    @Column(name = "judge_load_limit", nullable = false)
    public int judgeLoadLimit;
    @Column(nullable = false)
    public boolean normalise;
    @Column(name = "reviews_visible_after_own", nullable = false)
    public boolean reviewsVisibleAfterOwn;
    /** Judges see no entry's city (in entries, reviews and rankings) until the results are announced. */
    @Column(name = "blind_review", nullable = false)
    public boolean blindReview;

    /** Whether {@code viewer} may see which city an entry of this edition comes from. */
    public boolean showsCityTo(Viewer viewer, String city) {
        return !blindReview || phase.atLeast(Phase.ANNOUNCED) || viewer.staff() || viewer.actsFor(city);
    }
    @Column(name = "winners_per_category", nullable = false)
    public int winnersPerCategory;
    @Column(name = "tie_breaks", nullable = false)
    public String tieBreaks;
    @Column(nullable = false)
    public String categories;
    @Column(nullable = false)
    public String rubric;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public int version;

    /** Entries may be created, edited and submitted until the deadline plus the grace period. */
    public boolean acceptsSubmissions(Instant now) {
        return phase == Phase.OPEN && !now.isAfter(submissionDeadline.plus(Duration.ofMinutes(graceMinutes)));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public List<Category> categoryList() {
        return read(categories, new TypeReference<>() { });
    }

    public Optional<Category> category(String code) {
        return categoryList().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Rubric rubricValue() {
        return new Rubric(read(rubric, new TypeReference<List<Rubric.Criterion>>() { }));
    }

    public List<TieBreak> tieBreakList() {
        return tieBreaks.isEmpty() ? List.of() : Arrays.stream(tieBreaks.split(",")).map(TieBreak::valueOf).toList();
    }

    public void setSettings(List<Category> categories, Rubric rubric, List<TieBreak> tieBreaks) {
        try {
            this.categories = JSON.writeValueAsString(categories);
            this.rubric = JSON.writeValueAsString(rubric.criteria());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        this.tieBreaks = String.join(",", tieBreaks.stream().map(Enum::name).toList());
    }

    private static <T> T read(String value, TypeReference<T> type) {
        try {
            return JSON.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored edition settings are unreadable", e);
        }
    }

    /** As {@link #require}, with the row locked until the transaction ends (one writer at a time). */
    public static Edition requireLocked(UUID id) {
        Edition edition = findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (edition == null) {
            throw org.wego.web.ProblemException.notFound("Edition " + id);
        }
        return edition;
    }

    public static Edition require(UUID id) {
        Edition edition = findById(id);
        if (edition == null) {
            throw org.wego.web.ProblemException.notFound("Edition " + id);
        }
        return edition;
    }
}
