package org.wego.awards.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.wego.events.membership.StatusTimeline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One dated membership status change as announced by the membership-service. Stored even when the city's admission
 * has not arrived yet, so an early status change is kept, not dropped, and counts once the city appears.
 */
@Entity
@Table(name = "member_city_status")
public class MemberCityStatus extends PanacheEntityBase {

    /** The change in force on a day: latest effective date, then the producer's sequence, then arrival. */
    public static final Comparator<MemberCityStatus> ORDER = Comparator
            .comparing((MemberCityStatus s) -> s.effectiveDate)
            .thenComparingLong(s -> s.sequence == null ? Long.MAX_VALUE : s.sequence)
            .thenComparingLong(s -> s.id == null ? Long.MAX_VALUE : s.id);

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

    /** A city's changes as the shared timeline rule reads them (the one ceds applies too). */
    public static StatusTimeline changes(String code) {
        return new StatusTimeline(MemberCityStatus.<MemberCityStatus>list("code", code).stream()
                .map(s -> new StatusTimeline.Change(s.effectiveDate, s.sequence, s.id, s.status, s.goodStanding))
                .toList());
    }

    /** A city's changes in the order they take effect. */
    public static List<MemberCityStatus> timeline(String code) {
        return MemberCityStatus.<MemberCityStatus>list("code", code).stream().sorted(ORDER).toList();
    }
}
