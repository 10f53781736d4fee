package org.wego.events.ceds;

import java.math.BigDecimal;
import java.util.Map;

/**
 * {@code org.wego.ceds.assessment.submitted.v1} and {@code org.wego.ceds.assessment.published.v1}: a city's
 * assessment was scored (submitted) or made public (published). Key: the city code.
 */
public record AssessmentScoredV1(String assessmentId, String city, String framework, String version, int year,
                                 BigDecimal score, String level, Map<String, BigDecimal> criteria) {
}
