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
import java.util.HashMap;
import java.util.Map;

/** A member's type from a date on; rows are only added, so the type on any past date can be answered. */
@Entity
@Table(name = "member_type_change")
public class MemberTypeChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "member_code", nullable = false, updatable = false)
    public String memberCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public MembershipType type;

    @Column(name = "effective_date", nullable = false, updatable = false)
    public LocalDate effectiveDate;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    public static void record(String code, MembershipType type, LocalDate from, String by, Instant at) {
        MemberTypeChange change = new MemberTypeChange();
        change.memberCode = code;
        change.type = type;
        change.effectiveDate = from;
        change.recordedBy = by;
        change.recordedAt = at;
        change.persist();
    }

    /** Every member's type on {@code date} (members with no type by then are absent), in one query. */
    public static Map<String, MembershipType> everyMemberOn(LocalDate date) {
        Map<String, MembershipType> types = new HashMap<>();
        MemberTypeChange.<MemberTypeChange>list("effectiveDate <= ?1 order by effectiveDate, seq", date)
                .forEach(c -> types.put(c.memberCode, c.type));
        return types;
    }
}
