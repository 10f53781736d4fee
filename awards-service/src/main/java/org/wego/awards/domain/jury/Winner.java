package org.wego.awards.domain.jury;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An entry the admin confirmed as a winner of its category, with its place. */
@Entity
@Table(name = "result")
@IdClass(Winner.Key.class)
public class Winner extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID editionId;
        public UUID entryId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(editionId, k.editionId) && Objects.equals(entryId, k.entryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(editionId, entryId);
        }
    }

    @Id
    @Column(name = "edition_id")
    public UUID editionId;
    @Id
    @Column(name = "entry_id")
    public UUID entryId;
    @Column(nullable = false)
    public String category;
    @Column(nullable = false)
    public int place;
    @Column(name = "confirmed_by", nullable = false)
    public String confirmedBy;
    @Column(name = "confirmed_at", nullable = false)
    public Instant confirmedAt;
}
