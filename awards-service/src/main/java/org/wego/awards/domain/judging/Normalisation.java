package org.wego.awards.domain.judging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-judge z-score normalisation rescaled to the 1–10 scale: a judge's review becomes
 * {@code clamp(M + S × (x − m_j) / s_j, 1, 10)}, where m_j, s_j are the judge's own mean and spread over all their
 * reviews in the edition and M, S those of every review. A uniformly harsh or lenient judge is thus moved onto the
 * common scale without changing the order of their own reviews. A judge with fewer than two reviews or no spread
 * can only be shifted ({@code x − m_j + M}), never stretched.
 */
public final class Normalisation {

    private final Map<String, double[]> judgeMeanSd;
    private final double mean;
    private final double sd;

    private Normalisation(Map<String, double[]> judgeMeanSd, double mean, double sd) {
        this.judgeMeanSd = judgeMeanSd;
        this.mean = mean;
        this.sd = sd;
    }

    /** Fits on every non-abstaining review of the edition (all categories: a judge's harshness is theirs, not a category's). */
    public static Normalisation fit(List<ScoredReview> reviews) {
        Map<String, List<Double>> byJudge = new TreeMap<>();
        List<Double> all = new ArrayList<>();
        for (ScoredReview r : reviews) {
            if (!r.abstained()) {
                byJudge.computeIfAbsent(r.judge(), j -> new ArrayList<>()).add(r.score());
                all.add(r.score());
            }
        }
        Map<String, double[]> perJudge = new HashMap<>();
        byJudge.forEach((judge, scores) -> {
            double[] s = Stats.sorted(scores);
            perJudge.put(judge, new double[]{Stats.mean(s), Stats.sd(s)});
        });
        double[] s = Stats.sorted(all);
        return new Normalisation(perJudge, s.length == 0 ? 0 : Stats.mean(s), Stats.sd(s));
    }

    public double normalise(String judge, double raw) {
        double[] js = judgeMeanSd.get(judge);
        if (js == null) {
            throw new IllegalArgumentException("judge " + judge + " has no reviews in the fitted set");
        }
        double value = js[1] > 0 ? mean + sd * (raw - js[0]) / js[1] : raw - js[0] + mean;
        return Math.max(Rubric.MIN_SCORE, Math.min(Rubric.MAX_SCORE, value));
    }

    public double judgeMean(String judge) {
        return judgeMeanSd.get(judge)[0];
    }

    public double judgeSpread(String judge) {
        return judgeMeanSd.get(judge)[1];
    }
}
