package org.wego.awards.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wego.events.InboundEvent;
import org.wego.events.consume.Sequences;
import org.wego.events.membership.MemberAdmittedV1;
import org.wego.events.membership.MemberStandingChangedV1;
import org.wego.events.membership.MemberStatusChangedV1;
import org.wego.events.membership.MemberUpdatedV1;
import org.wego.events.membership.StatusTimeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    /** The status change in force last (by effective date), derived from the timeline in {@link MemberCityStatus}. */
    @Column(nullable = false)
    public String status = "ACTIVE";

    /** Standing from {@code standingFrom} on (dues and status as the membership-service derived them). */
    @Column(name = "good_standing", nullable = false)
    public boolean goodStanding = true;

    @Column(name = "standing_from")
    public LocalDate standingFrom;

    @Column(name = "previous_good_standing", nullable = false)
    public boolean previousGoodStanding = true;

    /** {@code ce_sequence} of the newest profile event applied (admitted or updated); older ones change nothing. */
    @Column(name = "profile_sequence")
    public Long profileSequence;

    /** How many membership events were applied to this city; a redelivered event must not move it. */
    @Column(nullable = false)
    public int revision;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

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
            }
            early.delete();
        }
        city.deriveStanding();
        return city;
    }

    /**
     * A dated status change joins the city's timeline, whatever order it arrives in; if the admission has not
     * arrived yet the change waits there and counts from the moment the city appears.
     */
    public static void statusChanged(InboundEvent event, MemberStatusChangedV1 changed) {
        if (MemberCityStatus.count("eventId", event.id()) > 0) {
            return; // re-applied by a rebuild in place: the timeline has it already
        }
        MemberCityStatus entry = new MemberCityStatus();
        entry.code = changed.code();
        entry.effectiveDate = changed.effectiveDate();
        entry.sequence = event.sequence();
        entry.status = changed.status();
        entry.goodStanding = changed.goodStanding();
        entry.eventId = event.id();
        entry.receivedAt = Instant.now();
        entry.persist();
        MemberCity city = findById(changed.code());
        if (city != null) {
            city.applied();
            city.deriveStanding();
        }
    }

    /**
     * The member's effective-status timeline as the membership-service derives it (dues included, future days too):
     * from then on it, not the status changes, says where the city stands on a day.
     */
    public static void standingChanged(InboundEvent event, MemberStandingChangedV1 changed) {
        boolean replaced = MemberCityStanding.announced(event, changed);
        MemberCity city = findById(changed.code());
        if (city != null) {
            city.applied();
            if (replaced) {
                city.deriveStanding();
            }
        }
    }

    /** A profile change: name and country matter here (conflicts of interest are decided on country). */
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
        }
        city.applied();
    }

    /** Good standing on {@code day}: the status change in force then, or the admission's good standing. */
    public boolean goodStandingOn(LocalDate day) {
        return MemberCityStanding.of(code).orElseGet(() -> MemberCityStatus.changes(code)).goodStandingOn(day);
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

    private void applied() {
        revision++;
        updatedAt = Instant.now();
    }

    /** The cached "latest change" columns that lists and messages show, re-derived from the whole timeline. */
    private void deriveStanding() {
        Optional<StatusTimeline> announced = MemberCityStanding.of(code);
        if (announced.isPresent()) {
            StatusTimeline.Change latest = announced.get().latest().orElseThrow();
            status = latest.status();
            goodStanding = latest.goodStanding();
            standingFrom = latest.effectiveDate();
            previousGoodStanding = announced.get().inForceOn(latest.effectiveDate().minusDays(1))
                    .map(StatusTimeline.Change::goodStanding).orElse(true);
            return;
        }
        List<MemberCityStatus> timeline = MemberCityStatus.timeline(code);
        if (timeline.isEmpty()) {
            status = "ACTIVE";
            goodStanding = true;
            previousGoodStanding = true;
            standingFrom = joinedOn;
            return;
        }
        MemberCityStatus latest = timeline.get(timeline.size() - 1);
        status = latest.status;
        goodStanding = latest.goodStanding;
        standingFrom = latest.effectiveDate;
        previousGoodStanding = timeline.size() < 2 || timeline.get(timeline.size() - 2).goodStanding;
    }
}
