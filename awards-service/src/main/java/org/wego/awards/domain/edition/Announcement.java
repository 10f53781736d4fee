package org.wego.awards.domain.edition;

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

    public Announcement(Outbox outbox, AuditLog audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(Edition edition, Instant at) {
        List<WinnersAnnouncedV1.Winner> winners = Winner.<Winner>list("editionId = ?1 order by category, place", edition.id)
                .stream().map(w -> {
                    Entry e = Entry.findById(w.entryId);
                    MemberCity city = MemberCity.findById(e.city);
                    return new WinnersAnnouncedV1.Winner(e.id, w.category, w.place, e.city,
                            city == null ? null : city.name, city == null ? "ZZ" : city.country,
                            city == null ? null : city.region, e.title, e.summary, e.description, e.outcomes, e.linkList());
                }).toList();
        outbox.record(EventTypes.WINNERS_ANNOUNCED, edition.id.toString(), "editions/" + edition.id,
                new WinnersAnnouncedV1(edition.id, edition.year, edition.title, at, winners));
        audit.append(edition.id, "system", "WINNERS_ANNOUNCED", edition.id.toString(),
                Map.of("winners", winners.stream().map(w -> w.entryId().toString()).toList()));
    }
}
