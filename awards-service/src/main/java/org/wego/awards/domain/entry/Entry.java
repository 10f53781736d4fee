package org.wego.awards.domain.entry;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.wego.web.ProblemException;

import java.time.Instant;
import java.util.UUID;

/** A city's entry in one category of an edition (links stored as a JSON array). */
@Entity
@Table(name = "entry")
public class Entry extends PanacheEntityBase {

    public enum Status { DRAFT, SUBMITTED, PASSED, FAILED }

    @Id
    public UUID id;
    @Column(name = "edition_id", nullable = false)
    public UUID editionId;
    @Column(nullable = false)
    public String city;
    @Column(nullable = false)
    public String category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(nullable = false)
    public String title;
    public String summary;
    public String description;
    public String outcomes;
    @Column(nullable = false)
    public String links;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "screening_reason")
    public String screeningReason;
    @Column(name = "screened_by")
    public String screenedBy;
    @Column(name = "screened_at")
    public Instant screenedAt;
    @Version
    public int version;

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The links, stored as a JSON array of URLs. */
    public java.util.List<String> linkList() {
        try {
            return JSON.readValue(links, new com.fasterxml.jackson.core.type.TypeReference<>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored links are unreadable", e);
        }
    }

    public static Entry require(UUID id) {
        Entry entry = findById(id);
        if (entry == null) {
            throw ProblemException.notFound("Entry " + id);
        }
        return entry;
    }
}
