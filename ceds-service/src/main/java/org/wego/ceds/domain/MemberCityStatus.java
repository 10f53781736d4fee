package org.wego.ceds.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wego.events.InboundEvent;
import org.wego.events.membership.MemberStatusChangedV1;
import org.wego.events.membership.StatusTimeline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One dated membership status change as announced by the membership-service, kept even before the city's admission
 * arrives; {@link StatusTimeline} says which is in force on a day.
 */
@Entity
@Table(name = "member_city_status")
public class MemberCityStatus extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    public Long sequence;

    @Column(nullable = false)
    public String status;

    @Column(name = "good_standing", nullable = false)
    public boolean goodStanding;

    @Column(name = "event_id", nullable = false, unique = true)
    public String eventId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** Joins the city's timeline once per event id (a rebuild in place or a replay adds nothing). */
    public static void recorded(InboundEvent event, MemberStatusChangedV1 changed) {
        if (count("eventId", event.id()) > 0) {
            return;
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
        MemberCity city = MemberCity.findById(changed.code());
        if (city != null) {
            city.applied();
        }
    }

    /**
     * Where the city stands over time: the timeline member.standing-changed last announced (dues included), else
     * the status changes received.
     */
    public static StatusTimeline standing(String code) {
        return MemberCityStanding.of(code).orElseGet(() -> timeline(code));
    }

    public static StatusTimeline timeline(String code) {
        return new StatusTimeline(MemberCityStatus.<MemberCityStatus>list("code", code).stream()
                .map(s -> new StatusTimeline.Change(s.effectiveDate, s.sequence, s.id, s.status, s.goodStanding))
                .toList());
    }
}
