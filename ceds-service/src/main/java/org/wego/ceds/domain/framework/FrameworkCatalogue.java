package org.wego.ceds.domain.framework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.wego.web.Problem;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Publishes framework versions (validated, immutable) and reads them back as {@link Framework} values. */
@ApplicationScoped
public class FrameworkCatalogue {

    private final ObjectMapper json;
    private final Clock clock;

    private final java.util.Map<String, Framework> parsedVersions = new java.util.concurrent.ConcurrentHashMap<>();

    public FrameworkCatalogue(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public PublishedFramework publish(Framework framework, String publishedBy) {
        List<FrameworkRules.Problem> problems = FrameworkRules.check(framework);
        if (!problems.isEmpty()) {
            throw ProblemException.invalidFields(problems.stream()
                    .map(p -> new Problem.Violation(p.field(), p.message())).toList());
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (PublishedFramework.byCodeAndVersion(framework.code(), framework.version()) != null) {
                    throw exists(framework);
                }
                PublishedFramework row = new PublishedFramework();
                row.code = framework.code();
                row.version = framework.version();
                row.name = framework.name().strip();
                row.aggregation = framework.aggregation().name();
                row.indicatorCount = framework.indicators().size();
                row.definition = json.writeValueAsString(framework);
                row.publishedBy = publishedBy;
                row.publishedAt = Instant.now(clock);
                row.persist();
                return row;
            });
        } catch (org.hibernate.exception.ConstraintViolationException raced) {
            throw exists(framework);
        }
    }

    public boolean exists(String code, String version) {
        return PublishedFramework.byCodeAndVersion(code, version) != null;
    }

    public Framework get(String code, String version) {
        // A published version never changes (publishing it again is 409), so every replica may keep what it parsed.
        Framework parsed = parsedVersions.get(code + "\u0000" + version);
        if (parsed != null) {
            return parsed;
        }
        Framework framework = read(code, version);
        parsedVersions.put(code + "\u0000" + version, framework);
        return framework;
    }

    private Framework read(String code, String version) {
        PublishedFramework row = PublishedFramework.byCodeAndVersion(code, version);
        if (row == null) {
            throw ProblemException.notFound("Framework " + code + " version " + version);
        }
        try {
            return json.readValue(row.definition, Framework.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored framework " + code + "/" + version + " is unreadable", e);
        }
    }

    private static ProblemException exists(Framework f) {
        return ProblemException.conflict("Framework " + f.code() + " version " + f.version()
                + " is published and cannot change; publish a new version");
    }
}
