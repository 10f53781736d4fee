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
import java.util.UUID;

@Entity
@Table(name = "voting_roll_entry")
@IdClass(VotingRollEntry.Key.class)
public class VotingRollEntry extends PanacheEntityBase {

    /** Composite key (a plain class: what JPA's @IdClass expects). */
    public static class Key implements Serializable {
        public UUID assemblyId;
        public String memberCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(assemblyId, k.assemblyId)
                    && java.util.Objects.equals(memberCode, k.memberCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(assemblyId, memberCode);
        }
    }

    @Id
    @Column(name = "assembly_id")
    public UUID assemblyId;
    @Id
    @Column(name = "member_code")
    public String memberCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "membership_type", nullable = false)
    public MembershipType membershipType;
}
