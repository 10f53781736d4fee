package org.wego.awards.domain.edition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.wego.awards.domain.MemberCity;
import org.wego.awards.domain.audit.AuditLog;
import org.wego.awards.domain.entry.Entry;
import org.wego.awards.domain.jury.Winner;
import org.wego.events.EventTypes;
import org.wego.events.awards.WinnersAnnouncedV1;
import org.wego.outbox.Outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Publishes an edition's confirmed winners, with their content, as {@code winners.announced}. */
@ApplicationScoped
public class Announcement {

    private final Outbox outbox;
    private final AuditLog audit;
    private final ObjectMapper json;

    public Announcement(Outbox outbox, AuditLog audit, ObjectMapper json) {
        this.outbox = outbox;
        this.audit = audit;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Edition edition, Instant at) {
        List<WinnersAnnouncedV1.Winner> winners = Winner.<Winner>list("editionId = ?1 order by category, place", edition.id)
                .stream().map(w -> {
                    Entry e = Entry.findById(w.entryId);
                    MemberCity city = MemberCity.findById(e.city);
                    return new WinnersAnnouncedV1.Winner(e.id, w.category, w.place, e.city,
                            city == null ? null : city.name, city == null ? "ZZ" : city.country,
                            city == null ? null : city.region, e.title, e.summary, e.description, e.outcomes, links(e));
                }).toList();
        outbox.record(EventTypes.WINNERS_ANNOUNCED, edition.id.toString(), "editions/" + edition.id,
                new WinnersAnnouncedV1(edition.id, edition.year, edition.title, at, winners));
        audit.append(edition.id, "system", "WINNERS_ANNOUNCED", edition.id.toString(),
                Map.of("winners", winners.stream().map(w -> w.entryId().toString()).toList()));
    }

    private List<String> links(Entry e) {
        try {
            return json.readValue(e.links, new TypeReference<>() { });
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored links are unreadable", ex);
        }
    }
}
