package org.wego.awards.domain.audit;

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

/** One record of an edition's append-only, hash-chained audit log (the database refuses updates and deletes). */
@Entity
@Table(name = "audit_record")
@IdClass(AuditRecord.Key.class)
public class AuditRecord extends PanacheEntityBase {

    public static class Key implements Serializable {
        public UUID editionId;
        public long sequence;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(editionId, k.editionId) && sequence == k.sequence;
        }

        @Override
        public int hashCode() {
            return Objects.hash(editionId, sequence);
        }
    }

    @Id
    @Column(name = "edition_id")
    public UUID editionId;
    @Id
    public long sequence;
    @Column(nullable = false, updatable = false)
    public Instant at;
    @Column(nullable = false, updatable = false)
    public String actor;
    @Column(nullable = false, updatable = false)
    public String action;
    @Column(updatable = false)
    public String subject;
    @Column(nullable = false, updatable = false)
    public String details;
    @Column(name = "previous_hash", nullable = false, updatable = false)
    public String previousHash;
    @Column(nullable = false, updatable = false)
    public String hash;

    public AuditChain.Link link() {
        return new AuditChain.Link(sequence, at, actor, action, subject, details, previousHash, hash);
    }
}
