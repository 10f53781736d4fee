package org.wego.membership.api;

import org.wego.membership.domain.Member;
import org.wego.membership.domain.MembershipType;
import org.wego.membership.domain.Region;

import java.time.LocalDate;

/** A member as the public directory shows it. */
public record MemberView(String code, String name, String country, Region region, MembershipType type,
                         Long population, String website, boolean foundingMember, LocalDate joinedOn) {

    static MemberView of(Member m) {
        return new MemberView(m.code, m.name, m.country, m.region, m.type, m.population, m.website,
                m.foundingMember, m.joinedOn);
    }
}
