package org.wego.knowledge.domain.resource;

import org.wego.web.Problem;
import org.wego.web.ProblemException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Rules Bean Validation cannot express: each type's own details, and only those. */
public final class ResourceRules {

    private ResourceRules() {
    }

    public static ResourceContent checked(ResourceContent c) {
        List<Problem.Violation> problems = new ArrayList<>();
        requireOnly(c, ResourceType.EVENT, c.event() != null, "event", problems);
        requireOnly(c, ResourceType.PROGRAM, c.program() != null, "program", problems);
        requireOnly(c, ResourceType.PARTNER, c.partner() != null, "partner", problems);
        if (c.event() != null) {
            if (c.event().end() != null && c.event().start() != null && c.event().end().isBefore(c.event().start())) {
                problems.add(new Problem.Violation("event.end", "must not be before event.start"));
            }
            try {
                if (c.event().timeZone() != null) {
                    ZoneId.of(c.event().timeZone());
                }
            } catch (DateTimeException e) {
                problems.add(new Problem.Violation("event.timeZone", "must be an IANA time zone such as Asia/Seoul"));
            }
            if (c.event().location() == null && c.event().onlineUrl() == null) {
                problems.add(new Problem.Violation("event", "needs a location or an onlineUrl"));
            }
        }
        if (c.program() != null && c.program().periodEnd() != null && c.program().periodStart() != null
                && c.program().periodEnd().isBefore(c.program().periodStart())) {
            problems.add(new Problem.Violation("program.periodEnd", "must not be before program.periodStart"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(problems);
        }
        return c;
    }

    private static void requireOnly(ResourceContent c, ResourceType type, boolean present, String field,
                                    List<Problem.Violation> problems) {
        if (c.type() == type && !present) {
            problems.add(new Problem.Violation(field, "is required for a " + type));
        } else if (c.type() != type && present) {
            problems.add(new Problem.Violation(field, "only applies to a " + type));
        }
    }
}
