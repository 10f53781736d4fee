package org.wego.awards.domain.judging;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How much the judges agree, as the one-way random-effects intraclass correlation ICC(1) for unbalanced designs
 * (each entry is scored by its own subset of judges, so Kendall's W, which needs every judge to rank every entry,
 * does not apply). k0 is the adjusted mean group size. Interpretation after Koo & Li (2016).
 *
 * @param icc null when there is too little data (fewer than two entries, or no entry with two reviews)
 */
public record Agreement(BigDecimal icc, String interpretation, int entries, int reviews) {

    public static Agreement icc1(Map<String, List<Double>> scoresByEntry) {
        int n = 0;
        int total = 0;
        double sumSquaresOfSizes = 0;
        double grand = 0;
        for (List<Double> scores : scoresByEntry.values()) {
            if (!scores.isEmpty()) {
                n++;
                total += scores.size();
                sumSquaresOfSizes += (double) scores.size() * scores.size();
                for (double x : Stats.sorted(scores)) {
                    grand += x;
                }
            }
        }
        if (n < 2 || total - n < 1) {
            return new Agreement(null, "not enough reviews to measure", n, total);
        }
        grand /= total;
        double between = 0;
        double within = 0;
        for (List<Double> scores : scoresByEntry.values()) {
            if (scores.isEmpty()) {
                continue;
            }
            double[] s = Stats.sorted(scores);
            double m = Stats.mean(s);
            between += s.length * (m - grand) * (m - grand);
            for (double x : s) {
                within += (x - m) * (x - m);
            }
        }
        double msb = between / (n - 1);
        double msw = within / (total - n);
        double k0 = (total - sumSquaresOfSizes / total) / (n - 1);
        double denominator = msb + (k0 - 1) * msw;
        if (denominator <= 0) {
            return new Agreement(null, "no variation between entries or within them", n, total);
        }
        double icc = (msb - msw) / denominator;
        return new Agreement(Stats.round(icc), interpret(icc), n, total);
    }

    static String interpret(double icc) {
        if (icc < 0.5) {
            return "POOR";
        }
        if (icc < 0.75) {
            return "MODERATE";
        }
        return icc < 0.9 ? "GOOD" : "EXCELLENT";
    }
}
