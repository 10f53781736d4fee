package org.wego.events.membership;

import org.wego.events.MalformedEventException;

import java.time.LocalDate;

/**
 * {@code org.wego.membership.member.admitted.v1}: a city or local government became a member.
 * Key and subject carry the member code. Consumers build their own view of which cities exist from it.
 * {@code population} was added later (optional; v1 readers ignore what they do not know).
 */
public record MemberAdmittedV1(String code, String name, String country, String region, String type,
                               LocalDate joinedOn, Long population) {

    /** Consumers call this before applying: the schema's required fields must all be there. */
    public MemberAdmittedV1 requireComplete() {
        if (code == null || name == null || country == null || region == null || type == null || joinedOn == null) {
            throw new MalformedEventException("member.admitted without its required fields: " + this);
        }
        return this;
    }
}
