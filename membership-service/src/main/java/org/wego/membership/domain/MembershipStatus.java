package org.wego.membership.domain;

/**
 * Where a member stands on a given date. WITHDRAWN and EXPELLED end a membership; a city that returns applies
 * again. APPLIED is a membership not yet in force.
 */
public enum MembershipStatus {
    APPLIED, ACTIVE, SUSPENDED, LAPSED, WITHDRAWN, EXPELLED;

    /** Counted as a member (in totals, by region, by type) on a date: joined and not gone. */
    public boolean isMember() {
        return this == ACTIVE || this == SUSPENDED || this == LAPSED;
    }
}
