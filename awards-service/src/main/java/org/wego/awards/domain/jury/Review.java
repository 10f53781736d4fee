package org.wego.awards.domain.jury;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A judge's submitted review of an entry: a score and comment per criterion (JSON), or an abstention. */
@Entity
@Table(name = "review")
@IdClass(EntryJudgeKey.class)
public class Review extends PanacheEntityBase {
    @Id
    @Column(name = "entry_id")
    public UUID entryId;
    @Id
    public String judge;
    @Column(nullable = false)
    public boolean abstain;
    public String reason;
    @Column(nullable = false)
    public String scores;
    @Column(nullable = false)
    public int revision;
    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;
}
