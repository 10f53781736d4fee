package org.wego.membership.domain;

public enum ApplicationStatus {
    SUBMITTED, INFO_REQUESTED, RECOMMENDED, APPROVED, REJECTED;

    public boolean isOpen() {
        return this != APPROVED && this != REJECTED;
    }
}
