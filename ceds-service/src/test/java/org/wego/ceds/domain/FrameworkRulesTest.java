package org.wego.ceds.domain;

import org.junit.jupiter.api.Test;
import org.wego.ceds.domain.framework.Framework;
import org.wego.ceds.domain.framework.FrameworkRules;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameworkRulesTest {

    static Framework.Indicator binary(String code) {
        return new Framework.Indicator(code, "Is it there?", Framework.AnswerType.BINARY, 1.0, null, null, null, null);
    }

    static Framework with(List<Framework.Criterion> criteria, List<Framework.Band> bands) {
        return new Framework("TEST", "1", "Test", Framework.Aggregation.INDICATOR_MEAN, criteria, bands, null);
    }

    static final List<Framework.Band> BANDS = List.of(new Framework.Band("HIGH", 0.5), new Framework.Band("LOW", 0.0));

    static List<String> fields(Framework f) {
        return FrameworkRules.check(f).stream().map(FrameworkRules.Problem::field).toList();
    }

    @Test
    void aWellFormedFrameworkHasNoProblems() {
        assertEquals(List.of(), fields(with(List.of(new Framework.Criterion("A", "A", 1.0, List.of(binary("A1")))), BANDS)));
    }

    @Test
    void codesAreUniqueAcrossCriteriaAndIndicators() {
        List<String> f = fields(with(List.of(new Framework.Criterion("A", "A", 1.0, List.of(binary("X1"), binary("X1"))),
                new Framework.Criterion("A", "B", 1.0, List.of(binary("A")))), BANDS));
        assertTrue(f.contains("criteria[0].indicators[1].code"), f.toString());
        assertTrue(f.contains("criteria[1].code"), f.toString());
        assertTrue(f.contains("criteria[1].indicators[0].code"), f.toString());
    }

    @Test
    void weightsArePositiveAndRangesMakeSense() {
        List<String> f = fields(with(List.of(new Framework.Criterion("A", "A", 0.0, List.of(
                new Framework.Indicator("S1", "q", Framework.AnswerType.SCALE, -1.0, null, null, null, null),
                new Framework.Indicator("N1", "q", Framework.AnswerType.NUMERIC, 1.0, 5.0, 5.0, null, null)))), BANDS));
        assertEquals(List.of("criteria[0].weight", "criteria[0].indicators[0].weight", "criteria[0].indicators[0].max",
                "criteria[0].indicators[1].max"), f);
    }

    @Test
    void bandsDescendAndCoverZero() {
        List<Framework.Criterion> one = List.of(new Framework.Criterion("A", "A", 1.0, List.of(binary("A1"))));
        assertTrue(fields(with(one, List.of(new Framework.Band("LOW", 0.2), new Framework.Band("HIGH", 0.6))))
                .containsAll(List.of("bands[1].min", "bands")));
        assertTrue(fields(with(one, List.of())).contains("bands"));
    }

    @Test
    void aFrameworkNeedsIndicators() {
        assertTrue(fields(with(List.of(new Framework.Criterion("A", "A", 1.0, List.of())), BANDS))
                .contains("criteria[0].indicators"));
        assertTrue(fields(with(List.of(), BANDS)).contains("criteria"));
    }

    @Test
    void versionsAreNumericAsSdmxVersionsAre() {
        List<Framework.Criterion> one = List.of(new Framework.Criterion("A", "A", 1.0, List.of(binary("A1"))));
        for (String ok : List.of("2022", "1.0", "2.1.3")) {
            assertEquals(List.of(), fields(new Framework("TEST", ok, "Test", Framework.Aggregation.INDICATOR_MEAN, one,
                    BANDS, null)), ok);
        }
        for (String bad : List.of("2024-beta", "v1", "1.", "1.2.3.4", "")) {
            assertEquals(List.of("version"), fields(new Framework("TEST", bad, "Test", Framework.Aggregation.INDICATOR_MEAN,
                    one, BANDS, null)), bad);
        }
    }
}
