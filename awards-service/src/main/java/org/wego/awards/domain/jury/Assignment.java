package org.wego.awards.domain.jury;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A judge assigned to review an entry, by hand (MANUAL) or by the planner (AUTO). */
@Entity
@Table(name = "assignment")
@IdClass(EntryJudgeKey.class)
public class Assignment extends PanacheEntityBase {
    @Id
    @Column(name = "entry_id")
    public UUID entryId;
    @Id
    public String judge;
    @Column(nullable = false)
    public String mode;
    @Column(name = "assigned_by", nullable = false)
    public String assignedBy;
    @Column(name = "assigned_at", nullable = false)
    public Instant assignedAt;
}
