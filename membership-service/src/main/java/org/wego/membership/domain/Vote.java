package org.wego.membership.domain;

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
import java.util.UUID;

@Entity
@Table(name = "vote")
@IdClass(Vote.Key.class)
public class Vote extends PanacheEntityBase {

    public enum Choice { YES, NO, ABSTAIN }

    /** Composite key (a plain class: what JPA's @IdClass expects). */
    public static class Key implements Serializable {
        public UUID itemId;
        public String memberCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(itemId, k.itemId)
                    && java.util.Objects.equals(memberCode, k.memberCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(itemId, memberCode);
        }
    }

    @Id
    @Column(name = "item_id")
    public UUID itemId;
    @Id
    @Column(name = "member_code")
    public String memberCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Choice choice;
    @Column(name = "cast_by", nullable = false)
    public String castBy;
    @Column(name = "cast_at", nullable = false)
    public Instant castAt;
}
