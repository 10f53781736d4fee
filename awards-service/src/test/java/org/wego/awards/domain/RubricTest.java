package org.wego.awards.domain;

import org.junit.jupiter.api.Test;
import org.wego.awards.domain.judging.Rubric;
import org.wego.web.ProblemException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RubricTest {

    private static Rubric.Criterion c(String code, String weight) {
        return new Rubric.Criterion(code, code.toLowerCase(), new BigDecimal(weight));
    }

    @Test
    void weightsMustSumToExactlyOneInDecimal() {
        new Rubric(List.of(c("A", "0.1"), c("B", "0.2"), c("C", "0.7"))).validated(); // 0.1 + 0.2 != 0.3 in doubles
        ProblemException e = assertThrows(ProblemException.class,
                () -> new Rubric(List.of(c("A", "0.5"), c("B", "0.4"))).validated());
        assertTrue(e.violations().get(0).message().contains("0.9"), e.violations().toString());
    }

    @Test
    void namesEachBadCriterion() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> new Rubric(List.of(c("A", "0.5"), c("A", "0.5"), c("bad code", "0"))).validated());
        assertEquals(List.of("rubric[1].code", "rubric[2].code", "rubric[2].weight"),
                e.violations().stream().map(v -> v.field()).toList());
        assertThrows(ProblemException.class, () -> new Rubric(List.of()).validated());
    }

    @Test
    void weightedScore() {
        Rubric r = new Rubric(List.of(c("A", "0.5"), c("B", "0.3"), c("C", "0.2")));
        assertEquals(0.5 * 8 + 0.3 * 6 + 0.2 * 10, r.weighted(Map.of("A", 8, "B", 6, "C", 10)), 1e-12);
        Rubric.defaults().validated();
    }
}
