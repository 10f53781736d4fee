package org.wego.ceds.domain.framework;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores answers against a framework so that published index values come out exactly: decimal arithmetic (no binary
 * floating point), bands applied to the exact score with {@code min} inclusive, reported values rounded to 4 decimals
 * HALF-UP (0.90625 → 0.9063; Java's default HALF_EVEN would give 0.9062).
 */
public final class Scoring {

    static final MathContext EXACT = MathContext.DECIMAL128;
    public static final int REPORTED_SCALE = 4;

    public record CriterionResult(String code, BigDecimal score, int met, int total) {
    }

    /** {@code score} is reported (4 decimals); {@code exactScore} is what the band was decided on. */
    public record Result(BigDecimal score, BigDecimal exactScore, String level, int met, int total,
                         List<CriterionResult> criteria, List<String> unanswered) {
    }

    /** Where the next band is and, for an unweighted indicator mean, how many more indicators it takes. */
    public record NextBand(String level, BigDecimal min, Integer itemsNeeded) {
    }

    private Scoring() {
    }

    public static Result score(Framework framework, Map<String, Object> answers) {
        List<CriterionResult> criteria = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        BigDecimal allWeighted = BigDecimal.ZERO;
        BigDecimal allWeights = BigDecimal.ZERO;
        BigDecimal criteriaWeighted = BigDecimal.ZERO;
        BigDecimal criteriaWeights = BigDecimal.ZERO;
        int met = 0;
        int total = 0;
        for (Framework.Criterion criterion : framework.criteria()) {
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            int criterionMet = 0;
            for (Framework.Indicator indicator : criterion.indicators()) {
                Object answer = answers.get(indicator.code());
                if (answer == null) {
                    unanswered.add(indicator.code());
                }
                BigDecimal s = indicatorScore(indicator, answer);
                BigDecimal w = weight(indicator.weight());
                weighted = weighted.add(w.multiply(s, EXACT), EXACT);
                weights = weights.add(w);
                if (s.compareTo(BigDecimal.ONE) == 0) {
                    criterionMet++;
                }
            }
            BigDecimal criterionScore = weighted.divide(weights, EXACT);
            criteria.add(new CriterionResult(criterion.code(), report(criterionScore), criterionMet,
                    criterion.indicators().size()));
            allWeighted = allWeighted.add(weighted, EXACT);
            allWeights = allWeights.add(weights);
            BigDecimal cw = weight(criterion.weight());
            criteriaWeighted = criteriaWeighted.add(cw.multiply(criterionScore, EXACT), EXACT);
            criteriaWeights = criteriaWeights.add(cw);
            met += criterionMet;
            total += criterion.indicators().size();
        }
        BigDecimal exact = framework.aggregation() == Framework.Aggregation.INDICATOR_MEAN
                ? allWeighted.divide(allWeights, EXACT) : criteriaWeighted.divide(criteriaWeights, EXACT);
        return new Result(report(exact), exact, level(framework, exact), met, total, criteria, unanswered);
    }

    /** BINARY yes = 1 (anything else 0); SCALE value/max; NUMERIC (v − min)/(max − min) clamped to [0, 1]. */
    public static BigDecimal indicatorScore(Framework.Indicator indicator, Object answer) {
        if (answer == null) {
            return BigDecimal.ZERO;
        }
        return switch (indicator.type()) {
            case BINARY -> Boolean.TRUE.equals(answer) ? BigDecimal.ONE : BigDecimal.ZERO;
            case SCALE -> clamp(decimal(answer).divide(decimal(indicator.max()), EXACT));
            case NUMERIC -> clamp(decimal(answer).subtract(decimal(indicator.min()))
                    .divide(decimal(indicator.max()).subtract(decimal(indicator.min())), EXACT));
        };
    }

    public static String level(Framework framework, BigDecimal exactScore) {
        for (Framework.Band band : framework.bands()) {
            if (exactScore.compareTo(decimal(band.min())) >= 0) {
                return band.level();
            }
        }
        return framework.bands().get(framework.bands().size() - 1).level();
    }

    public static NextBand nextBand(Framework framework, Result result) {
        Framework.Band next = null;
        for (Framework.Band band : framework.bands()) {
            if (result.exactScore().compareTo(decimal(band.min())) < 0) {
                next = band;
            } else {
                break;
            }
        }
        if (next == null) {
            return null;
        }
        Integer items = null;
        boolean equalWeights = framework.indicators().stream().allMatch(i -> i.weight() == null || i.weight() == 1.0);
        if (framework.aggregation() == Framework.Aggregation.INDICATOR_MEAN && equalWeights) {
            // Smallest whole number of indicators whose share reaches the band: ceil(min × total) − met.
            int needed = decimal(next.min()).multiply(BigDecimal.valueOf(result.total()))
                    .setScale(0, RoundingMode.CEILING).intValueExact();
            items = Math.max(needed - result.met(), 1);
        }
        return new NextBand(next.level(), decimal(next.min()), items);
    }

    public static BigDecimal report(BigDecimal exact) {
        return exact.setScale(REPORTED_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal clamp(BigDecimal value) {
        return value.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    private static BigDecimal weight(Double weight) {
        return weight == null ? BigDecimal.ONE : decimal(weight);
    }

    static BigDecimal decimal(Object number) {
        if (number instanceof BigDecimal d) {
            return d;
        }
        if (number instanceof Integer || number instanceof Long) {
            return BigDecimal.valueOf(((Number) number).longValue());
        }
        // Double.toString gives the shortest decimal that round-trips: 0.91198 stays 0.91198.
        return new BigDecimal(Double.toString(((Number) number).doubleValue()));
    }
}
