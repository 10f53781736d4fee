package org.wego.membership.domain;

/** Who records a decision: kept on every change for the audit trail; {@code executive} = holds wego-admin. */
public record Actor(String name, boolean executive) {
}
