package org.wego.ceds.domain;

import org.junit.jupiter.api.Test;
import org.wego.ceds.domain.framework.CompetitionRanks;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CompetitionRanksTest {

    record Entry(String city, BigDecimal score, int rank) {
    }

    static List<Integer> ranks(String... scores) {
        List<Entry> sorted = java.util.Arrays.stream(scores).map(s -> new Entry("c", new BigDecimal(s), 0)).toList();
        return CompetitionRanks.assign(sorted, Entry::score, (e, r) -> new Entry(e.city(), e.score(), r))
                .stream().map(Entry::rank).toList();
    }

    @Test
    void tiesShareARankAndTheNextSkips() {
        assertEquals(List.of(1, 1, 1, 4), ranks("0.9767", "0.9767", "0.9767", "0.9651"));
        assertEquals(List.of(1, 2, 2, 4, 5), ranks("0.99", "0.98", "0.98", "0.5", "0.1"));
        assertEquals(List.of(), ranks());
    }

    @Test
    void equalValuesWithDifferentScalesAreNotTies() {
        // Scores are always reported at 4 decimals; the ranking compares those exact values.
        assertEquals(List.of(1, 2), ranks("0.9767", "0.9766"));
    }
}
