package org.wego.ceds.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wego.events.consume.Sequences;
import org.wego.events.membership.MemberUpdatedV1;

import java.time.Instant;

/**
 * A profile update that overtook the admission of its city (possible after a DLQ replay or a rebuild). It carries
 * the whole profile, so only the newest by sequence is kept; the admission applies it when it arrives.
 */
@Entity
@Table(name = "member_city_early_update")
public class MemberCityEarlyUpdate extends PanacheEntityBase {

    @Id
    public String code;

    public Long sequence;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, length = 2)
    public String country;

    @Column(nullable = false)
    public String region;

    @Column(name = "membership_type", nullable = false)
    public String membershipType;

    public Long population;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** Keeps {@code updated} unless a newer early update is already waiting. */
    static void keep(Long sequence, MemberUpdatedV1 updated) {
        MemberCityEarlyUpdate early = findById(updated.code());
        if (early != null && !Sequences.supersedes(sequence, early.sequence)) {
            return;
        }
        if (early == null) {
            early = new MemberCityEarlyUpdate();
            early.code = updated.code();
        }
        early.sequence = sequence;
        early.name = updated.name();
        early.country = updated.country();
        early.region = updated.region();
        early.membershipType = updated.type();
        early.population = updated.population();
        early.receivedAt = Instant.now();
        early.persist();
    }
}
