package org.wego.membership.api;

import org.wego.membership.domain.MembershipStatus;
import org.wego.membership.domain.StatusChange;

import java.time.Instant;
import java.time.LocalDate;

public record StatusChangeView(long seq, MembershipStatus status, LocalDate effectiveDate, String reason,
                               String recordedBy, Instant recordedAt) {

    static StatusChangeView of(StatusChange c) {
        return new StatusChangeView(c.seq, c.status, c.effectiveDate, c.reason, c.recordedBy, c.recordedAt);
    }
}
