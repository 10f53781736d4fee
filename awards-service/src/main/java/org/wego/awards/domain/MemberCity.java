package org.wego.awards.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wego.events.membership.MemberAdmittedV1;
import org.wego.events.membership.MemberStatusChangedV1;
import org.wego.events.membership.MemberUpdatedV1;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The awards-service's own view of a member city, fed by membership events (never by a call to the
 * membership-service): it decides who may enter and which judges are conflicted.
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

    /** Latest membership status announced by the membership-service. */
    @Column(nullable = false)
    public String status = "ACTIVE";

    /** Standing from {@code standingFrom} on (dues and status as the membership-service derived them). */
    @Column(name = "good_standing", nullable = false)
    public boolean goodStanding = true;

    @Column(name = "standing_from")
    public LocalDate standingFrom;

    @Column(name = "previous_good_standing", nullable = false)
    public boolean previousGoodStanding = true;

    /** How many membership events were applied to this city; a redelivered event must not move it. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

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
        city.status = "ACTIVE";
        city.goodStanding = true;
        city.previousGoodStanding = true;
        city.standingFrom = event.joinedOn();
        city.revision++;
        city.updatedAt = Instant.now();
        city.persist();
        return city;
    }

    /** A dated status change; a change effective later leaves the current standing in place until that day. */
    public static void statusChanged(MemberStatusChangedV1 event) {
        MemberCity city = findById(event.code());
        if (city == null) {
            return; // admission not seen yet: the admitted event will set the city up
        }
        city.previousGoodStanding = city.goodStandingOn(event.effectiveDate().minusDays(1));
        city.status = event.status();
        city.goodStanding = event.goodStanding();
        city.standingFrom = event.effectiveDate();
        city.revision++;
        city.updatedAt = Instant.now();
    }

    /** A profile change: name and country matter here (conflicts of interest are decided on country). */
    public static void updated(MemberUpdatedV1 event) {
        MemberCity city = findById(event.code());
        if (city == null) {
            return;
        }
        city.name = event.name();
        city.country = event.country();
        city.region = event.region();
        city.membershipType = event.type();
        city.revision++;
        city.updatedAt = Instant.now();
    }

    public boolean goodStandingOn(LocalDate day) {
        return standingFrom == null || !day.isBefore(standingFrom) ? goodStanding : previousGoodStanding;
    }
}
