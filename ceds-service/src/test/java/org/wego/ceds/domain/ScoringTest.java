package org.wego.ceds.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wego.ceds.domain.framework.Framework;
import org.wego.ceds.domain.framework.Framework.AnswerType;
import org.wego.ceds.domain.framework.Scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ScoringTest {

    static final List<Framework.Band> LOSI_BANDS = List.of(new Framework.Band("VERY_HIGH", 0.75),
            new Framework.Band("HIGH", 0.50), new Framework.Band("MIDDLE", 0.25), new Framework.Band("LOW", 0.0));

    /** The LOSI 2022 shape: 86 equally weighted binary indicators in five criteria (8, 25, 18, 17, 18). */
    static Framework losiShape() {
        String[] codes = {"IF", "CP", "SP", "PE", "TE"};
        int[] sizes = {8, 25, 18, 17, 18};
        List<Framework.Criterion> criteria = new ArrayList<>();
        for (int c = 0; c < codes.length; c++) {
            List<Framework.Indicator> indicators = new ArrayList<>();
            for (int i = 1; i <= sizes[c]; i++) {
                indicators.add(new Framework.Indicator(codes[c] + String.format("%02d", i), "q", AnswerType.BINARY,
                        1.0, null, null, null, Framework.Effort.LOW));
            }
            criteria.add(new Framework.Criterion(codes[c], codes[c], 1.0, indicators));
        }
        return new Framework("LOSI", "2022", "LOSI", Framework.Aggregation.INDICATOR_MEAN, criteria, LOSI_BANDS, "test");
    }

    /** Yes to the first {@code met} indicators in framework order, no to the rest. */
    static Map<String, Object> firstMet(Framework f, int met) {
        Map<String, Object> answers = new HashMap<>();
        List<Framework.Indicator> all = f.indicators();
        for (int i = 0; i < all.size(); i++) {
            answers.put(all.get(i).code(), i < met);
        }
        return answers;
    }

    @ParameterizedTest(name = "{0}/86 -> {1} {2}")
    @CsvSource({
            "84, 0.9767, VERY_HIGH",
            "86, 1.0000, VERY_HIGH",
            "65, 0.7558, VERY_HIGH",
            "64, 0.7442, HIGH",
            "43, 0.5000, HIGH",
            "42, 0.4884, MIDDLE",
            "22, 0.2558, MIDDLE",
            "21, 0.2442, LOW",
            "0,  0.0000, LOW",
    })
    void losiScoreIsIndicatorsMetOverTotalWithBandsOnTheExactValue(int met, BigDecimal score, String level) {
        Framework losi = losiShape();
        Scoring.Result result = Scoring.score(losi, firstMet(losi, met));
        assertEquals(score, result.score());
        assertEquals(level, result.level());
        assertEquals(met, result.met());
        assertEquals(86, result.total());
    }

    @Test
    void berlinAndMadrid2022() {
        Framework losi = losiShape();
        Scoring.Result result = Scoring.score(losi, firstMet(losi, 84));
        assertEquals(new BigDecimal("0.9767"), result.score());
        assertEquals("VERY_HIGH", result.level());
        assertEquals(new BigDecimal("1.0000"), result.criteria().get(0).score());
    }

    @ParameterizedTest(name = "{0}/86 -> {1} more for {2}")
    @CsvSource({"64, 1, VERY_HIGH", "42, 1, HIGH", "30, 13, HIGH", "0, 22, MIDDLE"})
    void planCountsTheIndicatorsToTheNextBand(int met, int items, String next) {
        Framework losi = losiShape();
        Scoring.NextBand band = Scoring.nextBand(losi, Scoring.score(losi, firstMet(losi, met)), firstMet(losi, met));
        assertEquals(next, band.level());
        assertEquals(items, band.itemsNeeded());
    }

    @Test
    void topBandHasNoNextBand() {
        Framework losi = losiShape();
        assertNull(Scoring.nextBand(losi, Scoring.score(losi, firstMet(losi, 70)), firstMet(losi, 70)));
    }

    @Test
    void criterionMeanOfThreeIndicesLikeEgdi() {
        List<Framework.Criterion> criteria = new ArrayList<>();
        for (String code : new String[]{"OSI", "TII", "HCI"}) {
            criteria.add(new Framework.Criterion(code, code, 1.0, List.of(new Framework.Indicator(code + "1", "value",
                    AnswerType.NUMERIC, 1.0, 0.0, 1.0, null, Framework.Effort.HIGH))));
        }
        Framework egdi = new Framework("EGDI", "2024", "EGDI", Framework.Aggregation.CRITERION_MEAN, criteria,
                LOSI_BANDS, "test");
        Scoring.Result result = Scoring.score(egdi, Map.of("OSI1", 1.0, "TII1", 0.91198, "HCI1", 0.99170));
        assertEquals(new BigDecimal("0.9679"), result.score());
        assertEquals("VERY_HIGH", result.level());
    }

    @Test
    void reportedScoresRoundHalfUpNotHalfEven() {
        assertEquals(new BigDecimal("0.9063"), Scoring.report(new BigDecimal("0.90625")));
        assertEquals(new BigDecimal("0.9062"), Scoring.report(new BigDecimal("0.906249999")));
    }

    @Test
    void scaleAndNumericAnswersAreNormalisedAndClamped() {
        Framework f = new Framework("CEDS", "1", "CeDS", Framework.Aggregation.INDICATOR_MEAN, List.of(
                new Framework.Criterion("GOV", "Governance", 1.0, List.of(
                        new Framework.Indicator("GOV1", "q", AnswerType.SCALE, 1.0, null, 4.0, null, Framework.Effort.LOW),
                        new Framework.Indicator("NUM1", "q", AnswerType.NUMERIC, 1.0, 10.0, 20.0, null, Framework.Effort.LOW),
                        new Framework.Indicator("NUM2", "q", AnswerType.NUMERIC, 1.0, 10.0, 20.0, null, Framework.Effort.LOW)))),
                LOSI_BANDS, "test");
        // 3/4 = 0.75, (25-10)/10 clamped to 1, (5-10)/10 clamped to 0 -> mean 0.5833...
        Scoring.Result result = Scoring.score(f, Map.of("GOV1", 3, "NUM1", 25, "NUM2", 5));
        assertEquals(new BigDecimal("0.5833"), result.score());
        assertEquals(1, result.met());
    }

    @Test
    void unansweredIndicatorsCountAsZeroAndAreListed() {
        Framework losi = losiShape();
        Map<String, Object> answers = firstMet(losi, 86);
        answers.remove("TE18");
        answers.remove("IF01");
        Scoring.Result result = Scoring.score(losi, answers);
        assertEquals(84, result.met());
        assertEquals(List.of("IF01", "TE18"), result.unanswered());
    }

    /** Thirds never terminate in decimal, yet (1 + 2/3 + 2/3 + 2/3) / 4 is exactly 0.75: VERY_HIGH, not HIGH. */
    @Test
    void aScoreExactlyOnABandBoundaryIsDecidedExactly() {
        List<Framework.Indicator> scale = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            scale.add(new Framework.Indicator("S" + i, "q", AnswerType.SCALE, 1.0, null, 3.0, null, Framework.Effort.LOW));
        }
        Framework f = new Framework("T", "1", "t", Framework.Aggregation.INDICATOR_MEAN,
                List.of(new Framework.Criterion("C", "c", 1.0, scale)), LOSI_BANDS, "test");
        Scoring.Result result = Scoring.score(f, Map.of("S1", 3, "S2", 2, "S3", 2, "S4", 2));
        assertEquals("VERY_HIGH", result.level());
        assertEquals(new BigDecimal("0.7500"), result.score());
    }

    /** (1/3 + 1/6 ...) style sums that are exactly a 4-decimal midpoint round HALF-UP, not by accident. */
    @Test
    void aScoreExactlyOnARoundingMidpointRoundsHalfUp() {
        Framework f = new Framework("T", "1", "t", Framework.Aggregation.INDICATOR_MEAN, List.of(
                new Framework.Criterion("C", "c", 1.0, List.of(
                        new Framework.Indicator("N1", "q", AnswerType.NUMERIC, 1.0, 0.0, 3.0, null, null),
                        new Framework.Indicator("N2", "q", AnswerType.NUMERIC, 1.0, 0.0, 3.0, null, null)))),
                LOSI_BANDS, "test");
        // (0.1/3 + 0.3875/3) / 2 = 0.4875/6 = 0.08125 exactly, though neither 0.1/3 nor 0.3875/3 terminates
        Scoring.Result result = Scoring.score(f, Map.of("N1", 0.1, "N2", 0.3875));
        assertEquals(new BigDecimal("0.0813"), result.score());
    }
}
