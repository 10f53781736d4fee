package org.wego.ceds.domain.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A city's self-assessment against one framework version for one year. Answers and result are JSON. */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    /** WITHDRAWN: a published result taken back (feeds report it as deleted); it leaves rankings and benchmarks. */
    public enum Status { DRAFT, SUBMITTED, PUBLISHED, WITHDRAWN }

    @Id
    public UUID id;
    @Column(nullable = false, updatable = false)
    public String city;
    @Column(name = "framework_code", nullable = false, updatable = false)
    public String frameworkCode;
    @Column(name = "framework_version", nullable = false, updatable = false)
    public String frameworkVersion;
    @Column(nullable = false, updatable = false)
    public int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(nullable = false)
    public String answers;
    public String result;
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    @Version
    public long version;
}
