package org.wego.events.ceds;

import java.time.Instant;

/**
 * {@code org.wego.ceds.assessment.withdrawn.v1}: a published assessment was taken back by the secretariat; it leaves
 * rankings, benchmarks and feeds (which report it as deleted). Key: the city code.
 */
public record AssessmentWithdrawnV1(String assessmentId, String city, String framework, String version, int year,
                                    String reason, Instant withdrawnAt) {
}
