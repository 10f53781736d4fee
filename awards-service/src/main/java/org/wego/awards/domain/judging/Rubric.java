package org.wego.awards.domain.judging;

import org.wego.web.Problem;
import org.wego.web.ProblemException;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An edition's weighted scoring criteria. Weights are decimals that must sum to exactly 1 (checked in decimal
 * arithmetic, so 0.3 + 0.3 + 0.4 is accepted even though the doubles would not add up).
 */
public record Rubric(List<Criterion> criteria) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 10;

    public record Criterion(String code, String name, BigDecimal weight) {
    }

    /** The default WeGO Awards rubric: five equally weighted criteria. */
    public static Rubric defaults() {
        BigDecimal fifth = new BigDecimal("0.2");
        return new Rubric(List.of(
                new Criterion("IMPACT", "Impact", fifth),
                new Criterion("INNOVATION", "Innovation", fifth),
                new Criterion("CITIZEN_CENTRICITY", "Citizen-centricity", fifth),
                new Criterion("SUSTAINABILITY", "Sustainability", fifth),
                new Criterion("TRANSFERABILITY", "Transferability", fifth)));
    }

    /** Checks the rubric; each problem is named by its JSON path. */
    public Rubric validated() {
        List<Problem.Violation> problems = new ArrayList<>();
        if (criteria == null || criteria.isEmpty()) {
            problems.add(new Problem.Violation("rubric", "needs at least one criterion"));
            throw ProblemException.invalidFields(problems);
        }
        Set<String> codes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String path = "rubric[" + i + "]";
            if (c == null || c.code() == null || !c.code().matches("[A-Z][A-Z0-9_]{0,39}")) {
                problems.add(new Problem.Violation(path + ".code", "must be 1-40 upper-case letters, digits or _ starting with a letter"));
            } else if (!codes.add(c.code())) {
                problems.add(new Problem.Violation(path + ".code", "duplicate criterion " + c.code()));
            }
            if (c != null && (c.name() == null || c.name().isBlank())) {
                problems.add(new Problem.Violation(path + ".name", "must not be blank"));
            }
            if (c == null || c.weight() == null || c.weight().signum() <= 0) {
                problems.add(new Problem.Violation(path + ".weight", "must be > 0"));
            } else {
                sum = sum.add(c.weight());
            }
        }
        if (problems.isEmpty() && sum.compareTo(BigDecimal.ONE) != 0) {
            problems.add(new Problem.Violation("rubric", "weights must sum to 1 (they sum to " + sum.stripTrailingZeros().toPlainString() + ")"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(problems);
        }
        return this;
    }

    /** Weighted score of one complete review, on the 1-10 scale. */
    public double weighted(Map<String, Integer> scores) {
        double total = 0;
        for (Criterion c : criteria) {
            total += c.weight().doubleValue() * scores.get(c.code());
        }
        return total;
    }
}
