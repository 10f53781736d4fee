package org.wego.events.membership;

import org.wego.events.MalformedEventException;

import java.time.LocalDate;

/**
 * {@code org.wego.membership.member.status-changed.v1}: a dated status change was recorded (possibly back-dated or
 * effective in the future). {@code goodStanding} is the derived standing from {@code effectiveDate} on: what
 * awards eligibility and voting rights follow.
 */
public record MemberStatusChangedV1(String code, String status, String previousStatus, LocalDate effectiveDate,
                                    String reason, boolean goodStanding) {

    public MemberStatusChangedV1 requireComplete() {
        if (code == null || status == null || effectiveDate == null) {
            throw new MalformedEventException("member.status-changed without its required fields: " + this);
        }
        return this;
    }
}
