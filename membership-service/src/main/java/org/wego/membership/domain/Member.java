package org.wego.membership.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.wego.web.ProblemException;

import java.time.Instant;
import java.time.LocalDate;

/** A member city or local government. {@code code} is the stable slug other services and tokens refer to. */
@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    /** ISO 3166-1 alpha-2. */
    @Column(nullable = false, length = 2)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipType type;

    public Long population;

    public String website;

    @Column(name = "founding_member", nullable = false)
    public boolean foundingMember;

    /** Never changes once set: a renewal or reinstatement keeps the original join date. */
    @Column(name = "joined_on", nullable = false, updatable = false)
    public LocalDate joinedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** @throws ProblemException 404 naming the code */
    public static Member require(String code) {
        Member member = findById(code);
        if (member == null) {
            throw ProblemException.notFound("Member '" + code + "'");
        }
        return member;
    }
}
