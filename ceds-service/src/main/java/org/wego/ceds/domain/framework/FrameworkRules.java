package org.wego.ceds.domain.framework;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a framework publishable: unique codes, positive weights, answer ranges that make sense, at least one
 * indicator, bands strictly descending and reaching down to 0. Each problem names the field as the client wrote it.
 */
public final class FrameworkRules {

    public record Problem(String field, String message) {
    }

    /** A framework version as SDMX 2.1 writes versions: 2022, 1.0, 2.1.3. */
    public static final String VERSION = "[0-9]{1,9}(\\.[0-9]{1,9}){0,2}";

    private FrameworkRules() {
    }

    public static List<Problem> check(Framework f) {
        List<Problem> problems = new ArrayList<>();
        require(problems, f.code() != null && f.code().matches("[A-Z][A-Z0-9_]{1,31}"), "code",
                "must be 2-32 upper-case letters, digits or _ (e.g. LOSI)");
        // numeric, because SDMX versions each framework's dataflow by it (WEGO:CEDS_LOSI(2022)) and orders versions
        require(problems, f.version() != null && f.version().matches(VERSION), "version",
                "must be a number with up to two dot-separated parts more, e.g. 2024 or 1.2");
        require(problems, f.name() != null && !f.name().isBlank(), "name", "must not be blank");
        require(problems, f.aggregation() != null, "aggregation", "must be INDICATOR_MEAN or CRITERION_MEAN");
        if (f.criteria() == null || f.criteria().isEmpty()) {
            problems.add(new Problem("criteria", "must list at least one criterion"));
        } else {
            checkCriteria(f, problems);
        }
        checkBands(f, problems);
        return problems;
    }

    private static void checkCriteria(Framework f, List<Problem> problems) {
        Set<String> codes = new HashSet<>();
        int indicators = 0;
        for (int c = 0; c < f.criteria().size(); c++) {
            Framework.Criterion criterion = f.criteria().get(c);
            String at = "criteria[" + c + "]";
            require(problems, criterion.code() != null && !criterion.code().isBlank(), at + ".code", "must not be blank");
            require(problems, criterion.code() == null || codes.add(criterion.code()), at + ".code",
                    "'" + criterion.code() + "' is used twice");
            require(problems, criterion.weight() == null || criterion.weight() > 0, at + ".weight", "must be > 0");
            if (criterion.indicators() == null || criterion.indicators().isEmpty()) {
                problems.add(new Problem(at + ".indicators", "must list at least one indicator"));
                continue;
            }
            for (int i = 0; i < criterion.indicators().size(); i++) {
                checkIndicator(criterion.indicators().get(i), at + ".indicators[" + i + "]", codes, problems);
                indicators++;
            }
        }
        require(problems, indicators > 0, "criteria", "must contain at least one indicator");
    }

    private static void checkIndicator(Framework.Indicator ind, String at, Set<String> codes, List<Problem> problems) {
        require(problems, ind.code() != null && !ind.code().isBlank(), at + ".code", "must not be blank");
        require(problems, ind.code() == null || codes.add(ind.code()), at + ".code", "'" + ind.code() + "' is used twice");
        require(problems, ind.question() != null && !ind.question().isBlank(), at + ".question", "must not be blank");
        require(problems, ind.type() != null, at + ".type", "must be BINARY, SCALE or NUMERIC");
        require(problems, ind.weight() == null || ind.weight() > 0, at + ".weight", "must be > 0");
        if (ind.type() == Framework.AnswerType.SCALE) {
            require(problems, ind.max() != null && ind.max() > 0, at + ".max", "a SCALE needs max > 0");
        }
        if (ind.type() == Framework.AnswerType.NUMERIC) {
            require(problems, ind.min() != null && ind.max() != null && ind.max() > ind.min(), at + ".max",
                    "a NUMERIC indicator needs min < max");
        }
    }

    private static void checkBands(Framework f, List<Problem> problems) {
        if (f.bands() == null || f.bands().isEmpty()) {
            problems.add(new Problem("bands", "must list at least one band"));
            return;
        }
        Set<String> levels = new HashSet<>();
        for (int b = 0; b < f.bands().size(); b++) {
            Framework.Band band = f.bands().get(b);
            String at = "bands[" + b + "]";
            require(problems, band.level() != null && levels.add(band.level()), at + ".level", "must be present and unique");
            require(problems, band.min() != null && band.min() >= 0 && band.min() <= 1, at + ".min", "must be within 0..1");
            if (b > 0 && band.min() != null && f.bands().get(b - 1).min() != null) {
                require(problems, band.min() < f.bands().get(b - 1).min(), at + ".min",
                        "bands must be ordered from the highest min down");
            }
        }
        Double lowest = f.bands().get(f.bands().size() - 1).min();
        require(problems, lowest != null && lowest == 0.0, "bands", "the last band must start at 0 so every score has a level");
    }

    private static void require(List<Problem> problems, boolean ok, String field, String message) {
        if (!ok) {
            problems.add(new Problem(field, message));
        }
    }
}
