package org.wego.events.membership;

import java.time.LocalDate;

/**
 * {@code org.wego.membership.member.admitted.v1}: a city or local government became a member.
 * Key and subject carry the member code. Consumers build their own view of which cities exist from it.
 */
public record MemberAdmittedV1(String code, String name, String country, String region, String type,
                               LocalDate joinedOn) {
}
