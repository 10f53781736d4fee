package org.wego.ceds.domain.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Where a city stands among its peers: percentile rank = (peers scoring lower + half of those scoring the same) /
 * peers × 100, the city itself included (so the only city in a group is at the 50th percentile).
 */
public final class Benchmarks {

    /** Population classes used for peer groups. */
    public enum PopulationClass {
        SMALL(0), MEDIUM(100_000), LARGE(500_000), METROPOLIS(1_000_000), MEGACITY(5_000_000);

        final long from;

        PopulationClass(long from) {
            this.from = from;
        }

        public static PopulationClass of(Long population) {
            if (population == null) {
                return null;
            }
            PopulationClass result = SMALL;
            for (PopulationClass c : values()) {
                if (population >= c.from) {
                    result = c;
                }
            }
            return result;
        }
    }

    public record Standing(String group, int peers, BigDecimal percentile) {
    }

    private Benchmarks() {
    }

    public static Standing standing(String group, BigDecimal score, List<BigDecimal> peerScores) {
        if (peerScores.isEmpty()) {
            return new Standing(group, 0, null);
        }
        long lower = peerScores.stream().filter(s -> s.compareTo(score) < 0).count();
        long same = peerScores.stream().filter(s -> s.compareTo(score) == 0).count();
        BigDecimal percentile = BigDecimal.valueOf(lower * 2 + same).multiply(BigDecimal.valueOf(50))
                .divide(BigDecimal.valueOf(peerScores.size()), 1, RoundingMode.HALF_UP);
        return new Standing(group, peerScores.size(), percentile);
    }
}
