package org.wego.events.membership;

/**
 * {@code org.wego.membership.application.decided.v1}: the executive approved or rejected an application. On approval
 * a {@code member.admitted.v1} for the same code follows in the same transaction.
 */
public record ApplicationDecidedV1(String applicationId, String code, String decision, String reason) {
}
