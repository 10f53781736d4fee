package org.wego.awards.domain.edition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** When (and by whom) an edition entered a phase. */
@Entity
@Table(name = "edition_phase")
@IdClass(PhaseEntry.Key.class)
public class PhaseEntry extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID editionId;
        public Phase phase;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(editionId, k.editionId) && phase == k.phase;
        }

        @Override
        public int hashCode() {
            return Objects.hash(editionId, phase);
        }
    }

    @Id
    @Column(name = "edition_id")
    public UUID editionId;
    @Id
    @Enumerated(EnumType.STRING)
    public Phase phase;
    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;
    @Column(name = "entered_by", nullable = false)
    public String enteredBy;
}
