package org.wego.ceds.domain;

import org.junit.jupiter.api.Test;
import org.wego.ceds.domain.assessment.DevelopmentPlan;
import org.wego.ceds.domain.framework.Framework;
import org.wego.ceds.domain.framework.Framework.AnswerType;
import org.wego.ceds.domain.framework.Framework.Effort;
import org.wego.ceds.domain.framework.Scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Plans for frameworks with SCALE and NUMERIC answers and weights, computed by hand in the comments. */
class DevelopmentPlanTest {

    private static final List<Framework.Band> BANDS = List.of(new Framework.Band("VERY_HIGH", 0.75),
            new Framework.Band("HIGH", 0.50), new Framework.Band("MIDDLE", 0.25), new Framework.Band("LOW", 0.0));

    private static Framework.Indicator indicator(String code, AnswerType type, double weight, Double min, Double max,
                                                 Effort effort) {
        return new Framework.Indicator(code, "q " + code, type, weight, min, max, null, effort);
    }

    private static DevelopmentPlan.Plan plan(Framework f, Map<String, Object> answers) {
        return DevelopmentPlan.of(f, Scoring.score(f, answers), answers, null);
    }

    @Test
    void weightedCriteriaWithPartialCreditNeedOneImprovementNotTheBinaryCount() {
        Framework mix = new Framework("MIX", "1", "Mixed", Framework.Aggregation.CRITERION_MEAN, List.of(
                new Framework.Criterion("A", "A", 2.0, List.of(
                        indicator("A1", AnswerType.BINARY, 1, null, null, Effort.LOW),
                        indicator("A2", AnswerType.SCALE, 1, null, 4.0, Effort.MEDIUM))),
                new Framework.Criterion("B", "B", 1.0, List.of(
                        indicator("B1", AnswerType.NUMERIC, 3, 0.0, 100.0, Effort.HIGH),
                        indicator("B2", AnswerType.BINARY, 1, null, null, Effort.LOW)))),
                BANDS, "test");
        // A = (0 + 2/4) / 2 = 0.25; B = (3 × 0.4 + 1) / 4 = 0.55; overall = (2 × 0.25 + 0.55) / 3 = 0.35 (MIDDLE).
        // Shares of the overall: A1 1/3, A2 1/3, B1 1/4, B2 1/12; gains A1 1/3, A2 1/6, B1 1/4 × 0.6 = 0.15, B2 0.
        DevelopmentPlan.Plan plan = plan(mix, Map.of("A1", false, "A2", 2, "B1", 40, "B2", true));
        assertEquals("HIGH", plan.nextBand().level());
        assertEquals(1, plan.nextBand().itemsNeeded()); // 0.35 + 1/3 ≥ 0.5
        assertEquals(List.of("A1"), plan.nextBand().indicators());
        // Per unit of effort: A1 (1/3) / 1, A2 (1/6) / 2 = 1/12, B1 0.15 / 3 = 0.05.
        assertEquals(List.of("A1", "A2", "B1"), plan.actions().stream().map(DevelopmentPlan.Action::indicator).toList());
        assertEquals(List.of(new BigDecimal("0.3333"), new BigDecimal("0.1667"), new BigDecimal("0.1500")),
                plan.actions().stream().map(DevelopmentPlan.Action::gain).toList());
    }

    private static Framework scales() {
        return new Framework("SCL", "1", "Scales", Framework.Aggregation.INDICATOR_MEAN, List.of(
                new Framework.Criterion("S", "S", 1.0, List.of(
                        indicator("S1", AnswerType.SCALE, 1, null, 4.0, Effort.LOW),
                        indicator("S2", AnswerType.SCALE, 1, null, 4.0, Effort.LOW),
                        indicator("S3", AnswerType.SCALE, 1, null, 4.0, Effort.LOW),
                        indicator("S4", AnswerType.SCALE, 1, null, 4.0, Effort.LOW)))),
                BANDS, "test");
    }

    @Test
    void partlyMetScalesCountTheirCreditTowardsTheNextBand() {
        // (3 + 3 + 0 + 2) / 16 = 0.5 (HIGH); VERY_HIGH needs 0.25 more: S3 alone gives 1/4 (exactly enough), where
        // counting only fully met indicators would ask for ceil(0.75 × 4) − 0 = 3.
        DevelopmentPlan.Plan plan = plan(scales(), Map.of("S1", 3, "S2", 3, "S3", 0, "S4", 2));
        assertEquals("VERY_HIGH", plan.nextBand().level());
        assertEquals(1, plan.nextBand().itemsNeeded());
        assertEquals(List.of("S3"), plan.nextBand().indicators());
        // Gains 1/4, 1/8, 1/16, 1/16 at equal effort.
        assertEquals(List.of("S3", "S4", "S1", "S2"), plan.actions().stream().map(DevelopmentPlan.Action::indicator).toList());
    }

    @Test
    void equalGainsNeedAsManyAsTheDistanceRequires() {
        // 2/4 everywhere = 0.5; each indicator adds 1/8; 0.25 more needs two of them.
        DevelopmentPlan.Plan plan = plan(scales(), Map.of("S1", 2, "S2", 2, "S3", 2, "S4", 2));
        assertEquals(2, plan.nextBand().itemsNeeded());
        assertEquals(List.of("S1", "S2"), plan.nextBand().indicators());
    }
}
