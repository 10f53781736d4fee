package org.wego.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One holder of a focal-point role for a period; {@code until} is the last day (null: still in office). */
@Entity
@Table(name = "focal_point")
public class FocalPoint extends PanacheEntityBase {

    public enum Role { MAYOR, CIO, CONTACT }

    @Id
    public UUID id;
    @Column(name = "member_code", nullable = false, updatable = false)
    public String memberCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Role role;
    @Column(nullable = false)
    public String name;
    public String title;
    public String email;
    public String phone;
    @Column(nullable = false)
    public LocalDate since;
    public LocalDate until;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public boolean heldOn(LocalDate date) {
        return !since.isAfter(date) && (until == null || !until.isBefore(date));
    }
}
