package org.wego.ceds.domain.framework;

import java.util.List;

/**
 * A diagnostic framework as versioned data (LOSI 2022, CeDS maturity ...): criteria of weighted indicators, how the
 * overall score aggregates, and the maturity bands. An assessment is always scored against the version it started with.
 */
public record Framework(String code, String version, String name, Aggregation aggregation, List<Criterion> criteria,
                        List<Band> bands, String source) {

    public enum Aggregation {
        /** Weighted mean over all indicators (LOSI: indicators met / total). */
        INDICATOR_MEAN,
        /** Weighted mean of criterion scores (EGDI, OECD DGI, GTMI style). */
        CRITERION_MEAN
    }

    public enum AnswerType { BINARY, SCALE, NUMERIC }

    public enum Effort { LOW, MEDIUM, HIGH }

    public record Criterion(String code, String name, Double weight, List<Indicator> indicators) {
    }

    /** {@code max} is the top of a SCALE (e.g. 4) or of a NUMERIC range with {@code min}. */
    public record Indicator(String code, String question, AnswerType type, Double weight, Double min, Double max,
                            String guidance, Effort effort) {
    }

    public record Band(String level, Double min) {
    }

    public List<Indicator> indicators() {
        return criteria.stream().flatMap(c -> c.indicators().stream()).toList();
    }
}
