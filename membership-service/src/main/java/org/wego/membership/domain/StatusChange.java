package org.wego.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One dated, attributed change of a member's status; rows are only ever added (the audit trail is the data). */
@Entity
@Table(name = "member_status_change")
public class StatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "member_code", nullable = false, updatable = false)
    public String memberCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public MembershipStatus status;

    @Column(name = "effective_date", nullable = false, updatable = false)
    public LocalDate effectiveDate;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    public static List<StatusChange> of(String memberCode) {
        return list("memberCode = ?1 order by effectiveDate, seq", memberCode);
    }

    public static StatusTimeline timeline(String memberCode) {
        return new StatusTimeline(of(memberCode).stream()
                .map(c -> new StatusTimeline.Entry(c.status, c.effectiveDate, c.seq)).toList());
    }

    /** Every member's timeline up to {@code date}, in one query (a roll or a yearly run over thousands of members). */
    public static Map<String, StatusTimeline> timelinesUpTo(LocalDate date) {
        return timelinesWhere("effectiveDate <= ?1", date);
    }

    /** The timelines, by member, of the changes matching {@code condition}, in one query. */
    public static Map<String, StatusTimeline> timelinesWhere(String condition, Object parameter) {
        Map<String, List<StatusTimeline.Entry>> byMember = new HashMap<>();
        for (StatusChange c : StatusChange.<StatusChange>list(condition, parameter)) {
            byMember.computeIfAbsent(c.memberCode, k -> new ArrayList<>())
                    .add(new StatusTimeline.Entry(c.status, c.effectiveDate, c.seq));
        }
        Map<String, StatusTimeline> timelines = new HashMap<>();
        byMember.forEach((code, entries) -> timelines.put(code, new StatusTimeline(entries)));
        return timelines;
    }
}
