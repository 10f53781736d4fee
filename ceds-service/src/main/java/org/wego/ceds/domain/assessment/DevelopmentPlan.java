package org.wego.ceds.domain.assessment;

import org.wego.ceds.domain.framework.Framework;
import org.wego.ceds.domain.framework.Improvements;
import org.wego.ceds.domain.framework.Scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The "solution" half of CeDS, pure: what is missing, in the order that moves the city up fastest — indicators short
 * of full by score gained per unit of effort (partial credit of SCALE and NUMERIC answers counted), then by how weak
 * their criterion is, then by code — grouped into phases by effort, plus the next band with the fewest improvements
 * that reach it, and the progress since the city's previous assessment of the same framework version.
 */
public final class DevelopmentPlan {

    public enum Phase { QUICK_WINS, MEDIUM_TERM, LONG_TERM }

    /** {@code gain}: overall score points the city gains when the indicator is fully met (partial credit counted). */
    public record Action(String indicator, String criterion, String question, Framework.Effort effort, Phase phase,
                         BigDecimal currentScore, BigDecimal gain) {
    }

    public record Gap(String criterion, BigDecimal score, BigDecimal gap, int met, int total) {
    }

    public record Progress(String previousAssessment, int previousYear, BigDecimal scoreDelta,
                           Map<String, BigDecimal> criterionDeltas, List<String> newlyMet, List<String> lost) {
    }

    public record Plan(Scoring.NextBand nextBand, List<Gap> gaps, List<Action> actions, Map<Phase, List<String>> phases,
                       Progress progress) {
    }

    public record Previous(String id, int year, Scoring.Result result, Map<String, Object> answers) {
    }

    private DevelopmentPlan() {
    }

    public static Plan of(Framework framework, Scoring.Result result, Map<String, Object> answers, Previous previous) {
        Map<String, BigDecimal> criterionScore = result.criteria().stream()
                .collect(Collectors.toMap(Scoring.CriterionResult::code, Scoring.CriterionResult::score));
        List<Gap> gaps = result.criteria().stream()
                .map(c -> new Gap(c.code(), c.score(), BigDecimal.ONE.subtract(c.score()), c.met(), c.total()))
                .sorted(Comparator.comparing(Gap::score).thenComparing(Gap::criterion)).toList();
        Map<String, Improvements.Gain> gains = Improvements.of(framework, answers).byIndicator();
        Map<String, Action> byIndicator = new HashMap<>();
        for (Framework.Criterion criterion : framework.criteria()) {
            for (Framework.Indicator indicator : criterion.indicators()) {
                Improvements.Gain gain = gains.get(indicator.code());
                if (gain != null) {
                    BigDecimal score = Scoring.indicatorScore(indicator, answers.get(indicator.code()));
                    byIndicator.put(indicator.code(), new Action(indicator.code(), criterion.code(), indicator.question(),
                            gain.effort(), Phase.values()[gain.effort().ordinal()], Scoring.report(score), gain.gain()));
                }
            }
        }
        // Most score per unit of effort first; among equals the weaker criterion, then the code.
        List<Action> actions = gains.values().stream().sorted(Improvements.perEffort()
                        .thenComparing(g -> criterionScore.get(byIndicator.get(g.indicator()).criterion()))
                        .thenComparing(Improvements.Gain::indicator))
                .map(g -> byIndicator.get(g.indicator())).collect(Collectors.toCollection(ArrayList::new));
        Map<Phase, List<String>> phases = new java.util.EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            phases.put(phase, actions.stream().filter(a -> a.phase() == phase).map(Action::indicator).toList());
        }
        return new Plan(Scoring.nextBand(framework, result, answers), gaps, actions, phases,
                previous == null ? null : progress(framework, result, answers, previous));
    }

    private static Progress progress(Framework framework, Scoring.Result now, Map<String, Object> answers, Previous before) {
        Map<String, BigDecimal> earlier = new HashMap<>();
        before.result().criteria().forEach(c -> earlier.put(c.code(), c.score()));
        Map<String, BigDecimal> deltas = new java.util.LinkedHashMap<>();
        now.criteria().forEach(c -> deltas.put(c.code(), c.score().subtract(earlier.getOrDefault(c.code(), BigDecimal.ZERO))));
        Set<String> metNow = met(framework, answers);
        Set<String> metBefore = met(framework, before.answers());
        return new Progress(before.id(), before.year(), now.score().subtract(before.result().score()), deltas,
                metNow.stream().filter(c -> !metBefore.contains(c)).sorted().toList(),
                metBefore.stream().filter(c -> !metNow.contains(c)).sorted().toList());
    }

    private static Set<String> met(Framework framework, Map<String, Object> answers) {
        return framework.indicators().stream()
                .filter(i -> Scoring.indicatorScore(i, answers.get(i.code())).compareTo(BigDecimal.ONE) == 0)
                .map(Framework.Indicator::code).collect(Collectors.toSet());
    }
}
