package org.wego.ceds.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wego.ceds.domain.assessment.Benchmarks;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BenchmarksTest {

    static List<BigDecimal> scores(String csv) {
        return Arrays.stream(csv.split(" ")).map(BigDecimal::new).toList();
    }

    @ParameterizedTest(name = "{0} among [{1}] -> {2}")
    @CsvSource({
            "0.9767, 0.9767,                     50.0",
            "0.9767, 0.5 0.6 0.7 0.9767,         87.5",
            "0.5,    0.5 0.6 0.7 0.9767,         12.5",
            "0.7,    0.7 0.7 0.2 0.9,            50.0",
            "0.6,    0.1 0.2 0.3 0.6 0.9 0.95,   58.3",
    })
    void percentileRankCountsLowerAndHalfOfTies(BigDecimal score, String peers, BigDecimal percentile) {
        assertEquals(percentile, Benchmarks.standing("all", score, scores(peers)).percentile());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"95000, SMALL", "100000, MEDIUM", "499999, MEDIUM", "500000, LARGE", "1000000, METROPOLIS",
            "9400000, MEGACITY"})
    void populationClasses(long population, Benchmarks.PopulationClass expected) {
        assertEquals(expected, Benchmarks.PopulationClass.of(population));
    }
}
