package org.wego.awards.domain.jury;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A conflict of interest a judge declared (or staff recorded for them), with the reason. */
@Entity
@Table(name = "declared_conflict")
@IdClass(EntryJudgeKey.class)
public class DeclaredConflict extends PanacheEntityBase {
    @Id
    @Column(name = "entry_id")
    public UUID entryId;
    @Id
    public String judge;
    @Column(nullable = false)
    public String reason;
    @Column(name = "declared_by", nullable = false)
    public String declaredBy;
    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;
}
