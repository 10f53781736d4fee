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

    /** Fast path precision; results near a decision point are recomputed exactly ({@link Fraction}). */
    static final MathContext EXACT = MathContext.DECIMAL64;
    /** Far above the fast path's accumulated rounding error (about n × 1e-16), far below any meaningful difference. */
    static final BigDecimal CRITICAL = new BigDecimal("1e-9");
    public static final int REPORTED_SCALE = 4;

    public record CriterionResult(String code, BigDecimal score, int met, int total) {
    }

    /** {@code score} is reported (4 decimals); {@code exactScore} is what the band was decided on. */
    public record Result(BigDecimal score, BigDecimal exactScore, String level, int met, int total,
                         List<CriterionResult> criteria, List<String> unanswered) {
    }

    /** Where the next band is and, for an unweighted indicator mean, how many more indicators it takes. */
    /** {@code indicators}: one fewest set of indicators to bring to full that reaches the band. */
    public record NextBand(String level, BigDecimal min, Integer itemsNeeded, List<String> indicators) {
    }

    private Scoring() {
    }

    /**
     * A framework with its numbers converted to decimals once; score many answer sets with it (rankings, feeds,
     * the benchmark). {@link #score(Framework, Map)} compiles on each call.
     */
    public static Scorer compile(Framework framework) {
        return new Scorer(framework);
    }

    public static final class Scorer {
        private final Framework framework;
        private final List<Framework.Criterion> criteria;
        private final BigDecimal[] criterionWeights;
        private final BigDecimal[][] weights;
        private final BigDecimal[][] lows;
        private final BigDecimal[][] spans;

        private Scorer(Framework framework) {
            this.framework = framework;
            this.criteria = framework.criteria();
            int n = criteria.size();
            criterionWeights = new BigDecimal[n];
            weights = new BigDecimal[n][];
            lows = new BigDecimal[n][];
            spans = new BigDecimal[n][];
            for (int c = 0; c < n; c++) {
                List<Framework.Indicator> indicators = criteria.get(c).indicators();
                criterionWeights[c] = weight(criteria.get(c).weight());
                weights[c] = new BigDecimal[indicators.size()];
                lows[c] = new BigDecimal[indicators.size()];
                spans[c] = new BigDecimal[indicators.size()];
                for (int i = 0; i < indicators.size(); i++) {
                    Framework.Indicator ind = indicators.get(i);
                    weights[c][i] = weight(ind.weight());
                    switch (ind.type()) {
                        case SCALE -> {
                            lows[c][i] = BigDecimal.ZERO;
                            spans[c][i] = decimal(ind.max());
                        }
                        case NUMERIC -> {
                            lows[c][i] = decimal(ind.min());
                            spans[c][i] = decimal(ind.max()).subtract(lows[c][i]);
                        }
                        case BINARY -> {
                            lows[c][i] = BigDecimal.ZERO;
                            spans[c][i] = BigDecimal.ONE;
                        }
                    }
                }
            }
        }

        public Result score(Map<String, Object> answers) {
            return Scoring.score(this, answers);
        }
    }

    public static Result score(Framework framework, Map<String, Object> answers) {
        return compile(framework).score(answers);
    }

    private static Result score(Scorer scorer, Map<String, Object> answers) {
        Result fast = fast(scorer, answers);
        return nearDecisionPoint(scorer.framework, fast) ? exact(scorer.framework, answers, fast) : fast;
    }

    private static Result fast(Scorer scorer, Map<String, Object> answers) {
        Framework framework = scorer.framework;
        List<CriterionResult> criteria = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        BigDecimal allWeighted = BigDecimal.ZERO;
        BigDecimal allWeights = BigDecimal.ZERO;
        BigDecimal criteriaWeighted = BigDecimal.ZERO;
        BigDecimal criteriaWeights = BigDecimal.ZERO;
        int met = 0;
        int total = 0;
        for (int c = 0; c < scorer.criteria.size(); c++) {
            Framework.Criterion criterion = scorer.criteria.get(c);
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            int criterionMet = 0;
            List<Framework.Indicator> indicators = criterion.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                Framework.Indicator indicator = indicators.get(i);
                Object answer = answers.get(indicator.code());
                if (answer == null) {
                    unanswered.add(indicator.code());
                }
                BigDecimal s = normalised(indicator.type(), answer, scorer.lows[c][i], scorer.spans[c][i]);
                BigDecimal w = scorer.weights[c][i];
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
            BigDecimal cw = scorer.criterionWeights[c];
            criteriaWeighted = criteriaWeighted.add(cw.multiply(criterionScore, EXACT), EXACT);
            criteriaWeights = criteriaWeights.add(cw);
            met += criterionMet;
            total += criterion.indicators().size();
        }
        BigDecimal exact = framework.aggregation() == Framework.Aggregation.INDICATOR_MEAN
                ? allWeighted.divide(allWeights, EXACT) : criteriaWeighted.divide(criteriaWeights, EXACT);
        return new Result(report(exact), exact, level(framework, exact), met, total, criteria, unanswered);
    }

    private static BigDecimal normalised(Framework.AnswerType type, Object answer, BigDecimal low, BigDecimal span) {
        if (answer == null) {
            return BigDecimal.ZERO;
        }
        return switch (type) {
            case BINARY -> Boolean.TRUE.equals(answer) ? BigDecimal.ONE : BigDecimal.ZERO;
            case SCALE, NUMERIC -> clamp(decimal(answer).subtract(low).divide(span, EXACT));
        };
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

    /** Within rounding error of a band minimum, or of a 4-decimal rounding midpoint of any reported score. */
    static boolean nearDecisionPoint(Framework framework, Result r) {
        for (Framework.Band band : framework.bands()) {
            if (r.exactScore().subtract(decimal(band.min())).abs().compareTo(CRITICAL) < 0) {
                return true;
            }
        }
        if (nearMidpoint(r.exactScore())) {
            return true;
        }
        return false;
    }

    private static boolean nearMidpoint(BigDecimal value) {
        BigDecimal shifted = value.movePointRight(REPORTED_SCALE);
        BigDecimal fraction = shifted.subtract(new BigDecimal(shifted.toBigInteger()));
        return fraction.subtract(new BigDecimal("0.5")).abs().movePointLeft(REPORTED_SCALE).compareTo(CRITICAL) < 0;
    }

    /** The same computation in exact rational arithmetic (slow; only for results near a decision point). */
    static Result exact(Framework framework, Map<String, Object> answers, Result fast) {
        Fraction allWeighted = Fraction.ZERO;
        Fraction allWeights = Fraction.ZERO;
        Fraction critWeighted = Fraction.ZERO;
        Fraction critWeights = Fraction.ZERO;
        List<CriterionResult> criteria = new ArrayList<>();
        for (int c = 0; c < framework.criteria().size(); c++) {
            Framework.Criterion criterion = framework.criteria().get(c);
            Fraction weighted = Fraction.ZERO;
            Fraction weights = Fraction.ZERO;
            for (Framework.Indicator indicator : criterion.indicators()) {
                Fraction w = Fraction.of(weight(indicator.weight()));
                weighted = weighted.add(w.multiply(exactIndicator(indicator, answers.get(indicator.code()))));
                weights = weights.add(w);
            }
            Fraction score = weighted.divide(weights);
            criteria.add(new CriterionResult(criterion.code(), score.round(REPORTED_SCALE, RoundingMode.HALF_UP),
                    fast.criteria().get(c).met(), fast.criteria().get(c).total()));
            allWeighted = allWeighted.add(weighted);
            allWeights = allWeights.add(weights);
            Fraction cw = Fraction.of(weight(criterion.weight()));
            critWeighted = critWeighted.add(cw.multiply(score));
            critWeights = critWeights.add(cw);
        }
        Fraction overall = framework.aggregation() == Framework.Aggregation.INDICATOR_MEAN
                ? allWeighted.divide(allWeights) : critWeighted.divide(critWeights);
        String level = framework.bands().get(framework.bands().size() - 1).level();
        for (Framework.Band band : framework.bands()) {
            if (overall.compareTo(Fraction.of(decimal(band.min()))) >= 0) {
                level = band.level();
                break;
            }
        }
        return new Result(overall.round(REPORTED_SCALE, RoundingMode.HALF_UP), overall.round(30, RoundingMode.HALF_UP),
                level, fast.met(), fast.total(), criteria, fast.unanswered());
    }

    static Fraction exactIndicatorScore(Framework.Indicator indicator, Object answer) {
        return exactIndicator(indicator, answer);
    }

    private static Fraction exactIndicator(Framework.Indicator indicator, Object answer) {
        if (answer == null) {
            return Fraction.ZERO;
        }
        return switch (indicator.type()) {
            case BINARY -> Boolean.TRUE.equals(answer) ? Fraction.ONE : Fraction.ZERO;
            case SCALE -> Fraction.of(decimal(answer)).divide(Fraction.of(decimal(indicator.max()))).clamp01();
            case NUMERIC -> Fraction.of(decimal(answer)).subtract(Fraction.of(decimal(indicator.min())))
                    .divide(Fraction.of(decimal(indicator.max())).subtract(Fraction.of(decimal(indicator.min()))))
                    .clamp01();
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

    /**
     * The next band up and the fewest indicator improvements that reach it, for any answer types and weights
     * (partial credit of SCALE and NUMERIC answers counted): see {@link Improvements}.
     */
    public static NextBand nextBand(Framework framework, Result result, Map<String, Object> answers) {
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
        List<String> fewest = Improvements.of(framework, answers).fewestToReach(decimal(next.min()));
        return new NextBand(next.level(), decimal(next.min()), fewest.size(), fewest);
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
