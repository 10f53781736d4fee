package org.wego.ceds.domain.assessment;

import org.wego.ceds.domain.framework.Framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks answers against the framework version of the assessment; every bad code is reported, not just the first. */
public final class AnswerRules {

    public record Problem(String field, String message) {
    }

    private AnswerRules() {
    }

    public static List<Problem> check(Framework framework, Map<String, Object> answers) {
        Map<String, Framework.Indicator> byCode = framework.indicators().stream()
                .collect(Collectors.toMap(Framework.Indicator::code, Function.identity()));
        List<Problem> problems = new ArrayList<>();
        answers.forEach((code, value) -> {
            String field = "answers." + code;
            Framework.Indicator indicator = byCode.get(code);
            if (indicator == null) {
                problems.add(new Problem(field, "is not an indicator of " + framework.code() + " " + framework.version()));
            } else if (value != null) {
                String problem = switch (indicator.type()) {
                    case BINARY -> value instanceof Boolean ? null : "must be true or false";
                    case SCALE -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                            && n.doubleValue() >= 0 && n.doubleValue() <= indicator.max()
                            ? null : "must be a whole number from 0 to " + indicator.max().intValue();
                    case NUMERIC -> value instanceof Number n && Double.isFinite(n.doubleValue()) ? null : "must be a number";
                };
                if (problem != null) {
                    problems.add(new Problem(field, problem));
                }
            }
        });
        problems.sort((a, b) -> a.field().compareTo(b.field()));
        return problems;
    }
}
