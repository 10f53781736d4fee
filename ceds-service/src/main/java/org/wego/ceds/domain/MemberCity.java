package org.wego.ceds.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wego.events.membership.MemberAdmittedV1;

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

    /** How many membership events were applied to this city; a redelivered event must not move it. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** A profile change: keeps name, country, region, type and population current (unknown cities are ignored). */
    public static void updated(org.wego.events.membership.MemberUpdatedV1 event) {
        MemberCity city = findById(event.code());
        if (city == null) {
            return;
        }
        city.name = event.name();
        city.country = event.country();
        city.region = event.region();
        city.membershipType = event.type();
        city.population = event.population();
        city.revision++;
        city.updatedAt = Instant.now();
    }

    /** Creates or refreshes the city from its admission event; every applied event moves the revision. */
    public static MemberCity admitted(MemberAdmittedV1 event) {
        MemberCity city = findById(event.code());
        if (city == null) {
            city = new MemberCity();
            city.code = event.code();
        }
        city.name = event.name();
        city.country = event.country();
        city.region = event.region();
        city.membershipType = event.type();
        city.joinedOn = event.joinedOn();
        city.population = event.population();
        city.revision++;
        city.updatedAt = Instant.now();
        city.persist();
        return city;
    }
}
