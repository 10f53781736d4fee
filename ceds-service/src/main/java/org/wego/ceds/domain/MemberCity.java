package org.wego.ceds.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wego.events.InboundEvent;
import org.wego.events.consume.Sequences;
import org.wego.events.membership.MemberAdmittedV1;
import org.wego.events.membership.MemberStandingChangedV1;
import org.wego.events.membership.MemberUpdatedV1;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The ceds-service's own view of a member city, fed by membership events (never by a call to the
 * membership-service): assessments may only be started for cities that exist, and peers are compared by region.
 */
@Entity
@Table(name = "member_city")
public class MemberCity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, length = 2)
    public String country;

    @Column(nullable = false)
    public String region;

    @Column(name = "membership_type", nullable = false)
    public String membershipType;

    @Column(name = "joined_on", nullable = false)
    public LocalDate joinedOn;

    public Long population;

    /** {@code ce_sequence} of the newest profile event applied; older ones arriving late change nothing. */
    @Column(name = "profile_sequence")
    public Long profileSequence;

    /** How many membership events were applied to this city; a redelivered event must not move it. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The timeline member.standing-changed announced replaces what was held, if newer; counts as an applied event. */
    public static void standingChanged(InboundEvent event, MemberStandingChangedV1 changed) {
        MemberCityStanding.announced(event, changed);
        MemberCity city = findById(changed.code());
        if (city != null) {
            city.applied();
        }
    }

    /** A profile change: keeps name, country, region, type and population current (an early one waits). */
    public static void updated(InboundEvent event, MemberUpdatedV1 updated) {
        MemberCity city = findById(updated.code());
        if (city == null) {
            MemberCityEarlyUpdate.keep(event.sequence(), updated); // applied when the admission arrives
            return;
        }
        if (city.acceptsProfile(event.sequence())) {
            city.name = updated.name();
            city.country = updated.country();
            city.region = updated.region();
            city.membershipType = updated.type();
            city.population = updated.population();
        }
        city.applied();
    }

    /** Creates or refreshes the city from its admission event; every applied event moves the revision. */
    public static MemberCity admitted(InboundEvent event, MemberAdmittedV1 admitted) {
        MemberCity city = findById(admitted.code());
        if (city == null) {
            city = new MemberCity();
            city.code = admitted.code();
        }
        if (city.acceptsProfile(event.sequence())) {
            city.name = admitted.name();
            city.country = admitted.country();
            city.region = admitted.region();
            city.membershipType = admitted.type();
            city.joinedOn = admitted.joinedOn();
            city.population = admitted.population();
        }
        city.applied();
        city.persist();
        MemberCityEarlyUpdate early = MemberCityEarlyUpdate.findById(city.code);
        if (early != null) {
            if (city.acceptsProfile(early.sequence)) {
                city.name = early.name;
                city.country = early.country;
                city.region = early.region;
                city.membershipType = early.membershipType;
                city.population = early.population;
            }
            early.delete();
        }
        return city;
    }

    private boolean acceptsProfile(Long sequence) {
        if (!Sequences.supersedes(sequence, profileSequence)) {
            return false;
        }
        if (sequence != null) {
            profileSequence = sequence;
        }
        return true;
    }

    void applied() {
        revision++;
        updatedAt = Instant.now();
    }
}
