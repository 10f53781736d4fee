package org.wego.awards.domain;

import org.junit.jupiter.api.Test;
import org.wego.awards.domain.judging.Agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AgreementTest {

    /** Shrout & Fleiss (1979), Table 2: six targets rated by four judges; they report ICC(1,1) = .17. */
    @Test
    void reproducesShroutAndFleiss() {
        Map<String, List<Double>> ratings = new LinkedHashMap<>();
        ratings.put("1", List.of(9.0, 2.0, 5.0, 8.0));
        ratings.put("2", List.of(6.0, 1.0, 3.0, 2.0));
        ratings.put("3", List.of(8.0, 4.0, 6.0, 8.0));
        ratings.put("4", List.of(7.0, 1.0, 2.0, 6.0));
        ratings.put("5", List.of(10.0, 5.0, 6.0, 9.0));
        ratings.put("6", List.of(6.0, 2.0, 4.0, 7.0));
        Agreement a = Agreement.icc1(ratings);
        assertEquals(0.17, a.icc().doubleValue(), 0.005);
        assertEquals("POOR", a.interpretation());
        assertEquals(24, a.reviews());
    }

    @Test
    void judgesWhoAgreeScoreHigh() {
        Map<String, List<Double>> ratings = new LinkedHashMap<>();
        ratings.put("a", List.of(9.0, 9.0, 8.8));
        ratings.put("b", List.of(5.0, 5.2));   // unbalanced: two reviews
        ratings.put("c", List.of(2.0, 2.1, 1.9));
        Agreement a = Agreement.icc1(ratings);
        assertEquals("EXCELLENT", a.interpretation());
    }

    @Test
    void tooLittleDataIsSaidSo() {
        assertNull(Agreement.icc1(Map.of("a", List.of(7.0, 8.0))).icc());
        assertNull(Agreement.icc1(Map.of("a", List.of(7.0), "b", List.of(3.0))).icc());
    }
}
