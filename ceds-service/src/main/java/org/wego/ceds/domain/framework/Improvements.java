package org.wego.ceds.domain.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What bringing each indicator to full would add to the overall score, for any answer type, weights and aggregation,
 * in exact rational arithmetic: an indicator's share of the overall score (its weight within its criterion and the
 * criterion's weight, or its weight among all indicators) times what it still lacks (1 − its score; a SCALE answer
 * of 2 of 4 lacks a half, a NUMERIC one a fraction of its range). The fewest improvements that reach a score are the
 * largest gains first: taking whole indicators, no other choice of as many adds more.
 */
public final class Improvements {

    /** {@code gain}: overall score points the indicator adds when brought to full (exact). */
    public record Gain(String indicator, Framework.Effort effort, BigDecimal gain, Fraction exact) {
    }

    private final Fraction overall;
    private final List<Gain> gains;

    private Improvements(Fraction overall, List<Gain> gains) {
        this.overall = overall;
        this.gains = gains;
    }

    public static Improvements of(Framework framework, Map<String, Object> answers) {
        boolean byCriterion = framework.aggregation() == Framework.Aggregation.CRITERION_MEAN;
        Fraction allWeights = Fraction.ZERO;
        Fraction criterionWeights = Fraction.ZERO;
        for (Framework.Criterion c : framework.criteria()) {
            criterionWeights = criterionWeights.add(weight(c.weight()));
            for (Framework.Indicator i : c.indicators()) {
                allWeights = allWeights.add(weight(i.weight()));
            }
        }
        Fraction overall = Fraction.ZERO;
        List<Gain> gains = new ArrayList<>();
        for (Framework.Criterion c : framework.criteria()) {
            Fraction withinCriterion = Fraction.ZERO;
            for (Framework.Indicator i : c.indicators()) {
                withinCriterion = withinCriterion.add(weight(i.weight()));
            }
            for (Framework.Indicator i : c.indicators()) {
                Fraction share = byCriterion
                        ? weight(c.weight()).divide(criterionWeights).multiply(weight(i.weight()).divide(withinCriterion))
                        : weight(i.weight()).divide(allWeights);
                Fraction score = Scoring.exactIndicatorScore(i, answers.get(i.code()));
                overall = overall.add(share.multiply(score));
                Fraction gain = share.multiply(Fraction.ONE.subtract(score));
                if (gain.compareTo(Fraction.ZERO) > 0) {
                    gains.add(new Gain(i.code(), i.effort() == null ? Framework.Effort.MEDIUM : i.effort(),
                            gain.round(Scoring.REPORTED_SCALE, RoundingMode.HALF_UP), gain));
                }
            }
        }
        return new Improvements(overall, gains);
    }

    /** Every indicator short of full, with what it would add. */
    public Map<String, Gain> byIndicator() {
        Map<String, Gain> out = new LinkedHashMap<>();
        gains.forEach(g -> out.put(g.indicator(), g));
        return out;
    }

    /** The fewest indicators whose improvement lifts the overall score to {@code target}: largest gains first. */
    public List<String> fewestToReach(BigDecimal target) {
        Fraction missing = Fraction.of(target).subtract(overall);
        List<String> chosen = new ArrayList<>();
        List<Gain> largestFirst = gains.stream()
                .sorted(Comparator.comparing(Gain::exact).reversed().thenComparing(Gain::indicator)).toList();
        for (Gain g : largestFirst) {
            if (missing.compareTo(Fraction.ZERO) <= 0) {
                break;
            }
            chosen.add(g.indicator());
            missing = missing.subtract(g.exact());
        }
        return chosen;
    }

    /** Ordering by score gained per unit of effort (LOW 1, MEDIUM 2, HIGH 3), largest first. */
    public static Comparator<Gain> perEffort() {
        return (a, b) -> b.exact().multiply(cost(a.effort())).compareTo(a.exact().multiply(cost(b.effort())));
    }

    private static Fraction cost(Framework.Effort effort) {
        return Fraction.of(BigDecimal.valueOf(effort.ordinal() + 1L));
    }

    private static Fraction weight(Double weight) {
        return Fraction.of(weight == null ? BigDecimal.ONE : Scoring.decimal(weight));
    }
}
