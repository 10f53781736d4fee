package org.wego.ceds.domain.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.wego.ceds.domain.MemberCity;
import org.wego.ceds.domain.MemberCityStatus;
import org.wego.ceds.domain.feed.SdmxObservations;
import org.wego.ceds.domain.framework.Framework;
import org.wego.ceds.domain.framework.FrameworkCatalogue;
import org.wego.ceds.domain.framework.PublishedFramework;
import org.wego.ceds.domain.framework.Scoring;
import org.wego.events.EventTypes;
import org.wego.events.ceds.AssessmentScoredV1;
import org.wego.events.ceds.AssessmentWithdrawnV1;
import org.wego.events.membership.StatusTimeline;
import org.wego.outbox.Outbox;
import org.wego.web.IfMatch;
import org.wego.web.Problem;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The assessment workflow: DRAFT (answers saved in parts) → SUBMITTED (scored against the framework version it
 * started with) → PUBLISHED (the city consents to rankings, benchmarks and feeds) → WITHDRAWN (taken back: feeds
 * report it as deleted). Access rules are the caller's.
 */
@ApplicationScoped
public class AssessmentDesk {

    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {
    };

    private final FrameworkCatalogue frameworks;
    private final Outbox outbox;
    private final SdmxObservations observations;
    private final ObjectMapper json;
    private final Clock clock;

    public AssessmentDesk(FrameworkCatalogue frameworks, Outbox outbox, SdmxObservations observations, ObjectMapper json,
                          Clock clock) {
        this.frameworks = frameworks;
        this.outbox = outbox;
        this.observations = observations;
        this.json = json;
        this.clock = clock;
    }

    public Assessment start(String city, String framework, String version, int year, String by) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                if (MemberCity.findById(city) == null) {
                    throw ProblemException.unprocessable("unknown-city", "'" + city
                            + "' is not a member city known to CeDS (yet); membership events may still be on their way");
                }
                LocalDate today = LocalDate.now(clock);
                StatusTimeline timeline = MemberCityStatus.standing(city);
                if (!timeline.memberOn(today)) {
                    StatusTimeline.Change ended = timeline.inForceOn(today).orElseThrow();
                    throw ProblemException.unprocessable("not-a-member", "'" + city + "' is " + ended.status()
                            + " since " + ended.effectiveDate() + "; only member cities start assessments");
                }
                if (PublishedFramework.byCodeAndVersion(framework, version) == null) {
                    throw ProblemException.unprocessable("unknown-framework",
                            "No framework " + framework + " version " + version + " is published");
                }
                if (Assessment.count("city = ?1 and frameworkCode = ?2 and frameworkVersion = ?3 and year = ?4",
                        city, framework, version, year) > 0) {
                    throw duplicate(city, framework, version, year);
                }
                Assessment a = new Assessment();
                a.id = UUID.randomUUID();
                a.city = city;
                a.frameworkCode = framework;
                a.frameworkVersion = version;
                a.year = year;
                a.status = Assessment.Status.DRAFT;
                a.answers = "{}";
                a.createdBy = by;
                a.createdAt = Instant.now(clock);
                a.updatedAt = a.createdAt;
                a.persist();
                return a;
            });
        } catch (org.hibernate.exception.ConstraintViolationException raced) {
            throw duplicate(city, framework, version, year);
        }
    }

    /** Merges answers (null removes one); every invalid code is reported and nothing is saved then. */
    /**
     * @param ifMatch the client's precondition, or null: optional here, since a save changes only the answers it
     *                names, so officials filling different sections do not undo each other
     */
    public Assessment answer(UUID id, IfMatch ifMatch, Map<String, Object> changes) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assessment a = locked(id);
            if (ifMatch != null && !ifMatch.matches(a.version)) {
                throw ifMatch.failed("assessment", a.version);
            }
            if (a.status != Assessment.Status.DRAFT) {
                throw ProblemException.conflict("The assessment is " + a.status + "; answers can change only in a DRAFT");
            }
            Framework framework = frameworks.get(a.frameworkCode, a.frameworkVersion);
            var problems = AnswerRules.check(framework, changes);
            if (!problems.isEmpty()) {
                throw ProblemException.invalidFields(problems.stream()
                        .map(p -> new Problem.Violation(p.field(), p.message())).toList());
            }
            Map<String, Object> answers = new TreeMap<>(answers(a));
            changes.forEach((code, value) -> {
                if (value == null) {
                    answers.remove(code);
                } else {
                    answers.put(code, value);
                }
            });
            a.answers = write(answers);
            a.updatedAt = Instant.now(clock);
            return a;
        });
    }

    public Assessment submit(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assessment a = locked(id);
            if (a.status != Assessment.Status.DRAFT) {
                throw ProblemException.conflict("The assessment was already " + a.status);
            }
            Scoring.Result result = Scoring.score(frameworks.get(a.frameworkCode, a.frameworkVersion), answers(a));
            a.result = write(result);
            a.status = Assessment.Status.SUBMITTED;
            a.submittedAt = Instant.now(clock);
            a.updatedAt = a.submittedAt;
            outbox.record(EventTypes.ASSESSMENT_SUBMITTED, a.city, "assessments/" + a.id, event(a, result));
            return a;
        });
    }

    public Assessment publish(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assessment a = locked(id);
            if (a.status != Assessment.Status.SUBMITTED) {
                throw ProblemException.conflict(a.status == Assessment.Status.DRAFT
                        ? "Submit the assessment before publishing it" : "The assessment is already published");
            }
            a.status = Assessment.Status.PUBLISHED;
            a.publishedAt = Instant.now(clock);
            a.updatedAt = a.publishedAt;
            Scoring.Result result = result(a);
            observations.published(a, result, a.publishedAt);
            outbox.record(EventTypes.ASSESSMENT_PUBLISHED, a.city, "assessments/" + a.id, event(a, result));
            return a;
        });
    }

    /** Takes a published result back: it leaves rankings and benchmarks, and the feeds report it as deleted. */
    public Assessment withdraw(UUID id, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Assessment a = locked(id);
            if (a.status != Assessment.Status.PUBLISHED) {
                throw ProblemException.conflict("Only a published assessment is withdrawn; this one is " + a.status);
            }
            a.status = Assessment.Status.WITHDRAWN;
            a.withdrawnAt = Instant.now(clock);
            a.withdrawalReason = reason;
            a.updatedAt = a.withdrawnAt;
            observations.withdrawn(a.id, a.withdrawnAt);
            outbox.record(EventTypes.ASSESSMENT_WITHDRAWN, a.city, "assessments/" + a.id,
                    new AssessmentWithdrawnV1(a.id.toString(), a.city, a.frameworkCode, a.frameworkVersion, a.year, reason,
                            a.withdrawnAt));
            return a;
        });
    }

    /** Puts assessments published before the SDMX read model existed into it (idempotent; run at start). */
    public int backfillObservations() {
        return QuarkusTransaction.requiringNew().call(() -> {
            int n = 0;
            for (UUID id : observations.missing()) {
                Assessment a = Assessment.findById(id);
                observations.published(a, result(a), a.publishedAt);
                n++;
            }
            return n;
        });
    }

    public Map<String, Object> answers(Assessment a) {
        try {
            return json.readValue(a.answers, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored answers of " + a.id + " are unreadable", e);
        }
    }

    public Scoring.Result result(Assessment a) {
        if (a.result == null) {
            return null;
        }
        try {
            return json.readValue(a.result, Scoring.Result.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result of " + a.id + " is unreadable", e);
        }
    }

    private static AssessmentScoredV1 event(Assessment a, Scoring.Result result) {
        Map<String, java.math.BigDecimal> criteria = new LinkedHashMap<>();
        result.criteria().forEach(c -> criteria.put(c.code(), c.score()));
        return new AssessmentScoredV1(a.id.toString(), a.city, a.frameworkCode, a.frameworkVersion, a.year,
                result.score(), result.level(), criteria);
    }

    private String write(Object value) throws JsonProcessingException {
        return json.writeValueAsString(value);
    }

    private static Assessment locked(UUID id) {
        Assessment a = Assessment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw ProblemException.notFound("Assessment " + id);
        }
        return a;
    }

    private static ProblemException duplicate(String city, String framework, String version, int year) {
        return ProblemException.conflict("'" + city + "' already has a " + framework + " " + version
                + " assessment for " + year);
    }
}
