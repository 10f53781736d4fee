package org.wego.membership.api;

import org.wego.membership.domain.Member;
import org.wego.membership.domain.MembershipStatus;
import org.wego.membership.domain.MembershipType;
import org.wego.membership.domain.Region;

import java.time.LocalDate;

/** A member's full record (staff and the member's own officials), with its status on {@code statusAsOf}. */
public record MemberView(String code, String name, String country, Region region, MembershipType type,
                         Long population, String website, boolean foundingMember, LocalDate joinedOn,
                         MembershipStatus status, LocalDate statusAsOf) {

    static MemberView of(Member m, MembershipStatus status, LocalDate asOf) {
        return new MemberView(m.code, m.name, m.country, m.region, m.type, m.population, m.website,
                m.foundingMember, m.joinedOn, status, asOf);
    }
}
