package org.wego.events.membership;

/** {@code org.wego.membership.application.submitted.v1}: a city applied to join (key: the proposed member code). */
public record ApplicationSubmittedV1(String applicationId, String code, String name, String country, String region,
                                     String type) {
}
