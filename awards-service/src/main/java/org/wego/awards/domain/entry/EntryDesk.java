package org.wego.awards.domain.entry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wego.awards.domain.MemberCity;
import org.wego.awards.domain.audit.AuditLog;
import org.wego.awards.domain.edition.Edition;
import org.wego.awards.domain.edition.Phase;
import org.wego.events.EventTypes;
import org.wego.events.awards.EntryScreenedV1;
import org.wego.events.awards.EntrySubmittedV1;
import org.wego.outbox.Outbox;
import org.wego.web.Problem;
import org.wego.web.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The life of an entry: drafted, edited and submitted by its city while the edition is open, then screened. */
@ApplicationScoped
public class EntryDesk {

    private final AuditLog audit;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public EntryDesk(AuditLog audit, Outbox outbox, ObjectMapper json, Clock clock) {
        this.audit = audit;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public Entry create(UUID editionId, EntryDraft draft, String actor) {
        Edition edition = Edition.require(editionId);
        List<Problem.Violation> missing = new ArrayList<>();
        if (draft.city() == null) {
            missing.add(new Problem.Violation("city", "is required"));
        }
        if (draft.category() == null) {
            missing.add(new Problem.Violation("category", "is required"));
        }
        if (draft.title() == null || draft.title().isBlank()) {
            missing.add(new Problem.Violation("title", "is required"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalidFields(missing);
        }
        requireOpen(edition);
        if (edition.category(draft.category()).isEmpty()) {
            throw ProblemException.invalidField("category", "is not a category of this edition: "
                    + edition.categoryList().stream().map(c -> c.code()).toList());
        }
        requireEligible(draft.city());
        if (Entry.count("editionId = ?1 and city = ?2 and category = ?3", editionId, draft.city(), draft.category()) > 0) {
            throw ProblemException.conflict(draft.city() + " already has an entry in " + draft.category()
                    + " (one entry per city per category)");
        }
        Instant now = Instant.now(clock);
        Entry e = new Entry();
        e.id = UUID.randomUUID();
        e.editionId = editionId;
        e.city = draft.city();
        e.category = draft.category();
        e.status = Entry.Status.DRAFT;
        e.title = draft.title().trim();
        e.summary = draft.summary();
        e.description = draft.description();
        e.outcomes = draft.outcomes();
        e.links = write(draft.links() == null ? List.of() : draft.links());
        e.createdBy = actor;
        e.createdAt = now;
        e.updatedAt = now;
        e.persist();
        audit.append(editionId, actor, "ENTRY_CREATED", e.id.toString(), Map.of("city", e.city, "category", e.category, "title", e.title));
        return e;
    }

    /** Changes the given fields of a draft (city and category are fixed once created). */
    @Transactional
    public Entry update(UUID id, EntryDraft draft, String actor) {
        Entry e = Entry.require(id);
        requireDraft(e);
        requireOpen(Edition.require(e.editionId));
        if ((draft.city() != null && !draft.city().equals(e.city)) || (draft.category() != null && !draft.category().equals(e.category))) {
            throw ProblemException.invalidField(draft.city() != null ? "city" : "category",
                    "cannot change; withdraw the draft and create a new entry");
        }
        Map<String, Object> changed = new LinkedHashMap<>();
        if (draft.title() != null) {
            e.title = draft.title().trim();
            changed.put("title", e.title);
        }
        if (draft.summary() != null) {
            e.summary = draft.summary();
            changed.put("summary", e.summary.length());
        }
        if (draft.description() != null) {
            e.description = draft.description();
            changed.put("description", e.description.length());
        }
        if (draft.outcomes() != null) {
            e.outcomes = draft.outcomes();
            changed.put("outcomes", e.outcomes.length());
        }
        if (draft.links() != null) {
            e.links = write(draft.links());
            changed.put("links", draft.links());
        }
        e.updatedAt = Instant.now(clock);
        audit.append(e.editionId, actor, "ENTRY_EDITED", id.toString(), changed);
        return e;
    }

    @Transactional
    public Entry submit(UUID id, String actor) {
        Entry e = Entry.require(id);
        requireDraft(e);
        Edition edition = Edition.require(e.editionId);
        requireOpen(edition);
        requireEligible(e.city);
        List<Problem.Violation> incomplete = new ArrayList<>();
        blank(e.summary, "summary", incomplete);
        blank(e.description, "description", incomplete);
        blank(e.outcomes, "outcomes", incomplete);
        if (links(e).isEmpty()) {
            incomplete.add(new Problem.Violation("links", "at least one link is required to submit"));
        }
        if (!incomplete.isEmpty()) {
            throw new ProblemException(422, "incomplete-entry", "Entry is incomplete",
                    "Fill in " + incomplete.stream().map(Problem.Violation::field).toList() + " before submitting");
        }
        e.status = Entry.Status.SUBMITTED;
        e.submittedBy = actor;
        e.submittedAt = Instant.now(clock);
        e.updatedAt = e.submittedAt;
        outbox.record(EventTypes.ENTRY_SUBMITTED, e.id.toString(), "entries/" + e.id,
                new EntrySubmittedV1(e.id, e.editionId, edition.year, e.city, e.category, e.title, e.submittedAt));
        audit.append(e.editionId, actor, "ENTRY_SUBMITTED", id.toString(), Map.of("city", e.city, "category", e.category));
        return e;
    }

    @Transactional
    public void withdraw(UUID id, String actor) {
        Entry e = Entry.require(id);
        requireDraft(e);
        audit.append(e.editionId, actor, "ENTRY_WITHDRAWN", id.toString(), Map.of("city", e.city, "category", e.category));
        e.delete();
    }

    /** Pass or fail a submitted entry, with the reason; may be revised while the edition is in SCREENING. */
    @Transactional
    public Entry screen(UUID id, boolean passed, String reason, String actor) {
        Entry e = Entry.require(id);
        Edition edition = Edition.require(e.editionId);
        if (edition.phase != Phase.SCREENING) {
            throw ProblemException.conflict("Entries are screened in the SCREENING phase (the edition is " + edition.phase + ")");
        }
        if (e.status == Entry.Status.DRAFT) {
            throw ProblemException.conflict("A draft that was never submitted is not screened");
        }
        e.status = passed ? Entry.Status.PASSED : Entry.Status.FAILED;
        e.screeningReason = reason.trim();
        e.screenedBy = actor;
        e.screenedAt = Instant.now(clock);
        outbox.record(EventTypes.ENTRY_SCREENED, e.id.toString(), "entries/" + e.id,
                new EntryScreenedV1(e.id, e.editionId, e.city, e.category, e.status.name(), e.screeningReason));
        audit.append(e.editionId, actor, "ENTRY_SCREENED", id.toString(), Map.of("result", e.status.name(), "reason", e.screeningReason));
        return e;
    }

    public List<String> links(Entry e) {
        return e.linkList();
    }

    private void requireEligible(String city) {
        LocalDate today = LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        Eligibility.refusal(city, MemberCity.findById(city), today).ifPresent(reason -> {
            throw ProblemException.unprocessable("not-eligible", reason);
        });
    }

    private void requireOpen(Edition edition) {
        if (!edition.acceptsSubmissions(Instant.now(clock))) {
            throw ProblemException.conflict(edition.phase != Phase.OPEN ? "The edition is " + edition.phase
                    + "; entries are closed" : "The submission deadline (" + edition.submissionDeadline + " + "
                    + edition.graceMinutes + " min grace) has passed");
        }
    }

    private static void requireDraft(Entry e) {
        if (e.status != Entry.Status.DRAFT) {
            throw ProblemException.conflict("The entry is " + e.status + "; only drafts can change");
        }
    }

    private static void blank(String value, String field, List<Problem.Violation> out) {
        if (value == null || value.isBlank()) {
            out.add(new Problem.Violation(field, "is required to submit"));
        }
    }

    private String write(List<String> links) {
        try {
            return json.writeValueAsString(links);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
