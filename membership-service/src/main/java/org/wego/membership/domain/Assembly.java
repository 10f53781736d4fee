package org.wego.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A General Assembly session (every two years): its voting roll is fixed at a cutoff date. */
@Entity
@Table(name = "assembly")
public class Assembly extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String title;
    @Column(nullable = false)
    public String place;
    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;
    @Column(name = "roll_cutoff", nullable = false)
    public LocalDate rollCutoff;
    @Column(name = "associates_vote", nullable = false)
    public boolean associatesVote;
    @Column(name = "quorum_fraction", nullable = false)
    public BigDecimal quorumFraction;
    @Column(name = "roll_fixed_at")
    public Instant rollFixedAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
