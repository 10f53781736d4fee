package org.wego.awards.domain.judging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collection;

/**
 * The few descriptive statistics judging needs, summed in a fixed (sorted) order so that a result never depends on
 * the order reviews were read in. Small enough that a statistics library would add more than it saves.
 */
final class Stats {

    private Stats() {
    }

    static double[] sorted(Collection<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v;
    }

    static double mean(double[] sorted) {
        double sum = 0;
        for (double x : sorted) {
            sum += x;
        }
        return sum / sorted.length;
    }

    /** Sample standard deviation (n − 1); 0 for fewer than two values. */
    static double sd(double[] sorted) {
        if (sorted.length < 2) {
            return 0;
        }
        double mean = mean(sorted);
        double ss = 0;
        for (double x : sorted) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (sorted.length - 1));
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Reported (and compared) to 4 decimals, half-up, so floating-point noise never breaks or makes a tie. */
    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
