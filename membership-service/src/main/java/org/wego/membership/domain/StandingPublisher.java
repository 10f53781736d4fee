package org.wego.membership.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.wego.events.EventTypes;
import org.wego.events.membership.MemberStandingChangedV1;
import org.wego.membership.infra.DuesSchedule;
import org.wego.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Publishes {@code member.standing-changed} whenever a member's effective-status timeline ({@link EffectiveStanding})
 * differs from the one last published — in the transaction of the write that changed it (status decision, invoice,
 * payment, waiver), and from the {@link StandingReconciler}. Consumers hold the timeline, future days included, so
 * nothing needs to run at day boundaries for them to answer "in good standing today?" as this service does.
 */
@ApplicationScoped
public class StandingPublisher {

    public enum Cause { STATUS_CHANGE, INVOICE, PAYMENT, WAIVER, RECONCILIATION }

    private static final int CHUNK = 1_000;

    private final Outbox outbox;
    private final DuesSchedule schedule;
    private final EntityManager em;
    private final Clock clock;

    public StandingPublisher(Outbox outbox, DuesSchedule schedule, EntityManager em, Clock clock) {
        this.outbox = outbox;
        this.schedule = schedule;
        this.em = em;
        this.clock = clock;
    }

    /** In the caller's transaction; returns how many members' timelines were published. */
    public int publishIfChanged(Collection<String> codes, Cause cause) {
        int published = 0;
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            Map<String, List<EffectiveStanding.Period>> timelines = timelines(chunk);
            for (String code : chunk) {
                List<EffectiveStanding.Period> periods = timelines.getOrDefault(code, List.of());
                if (!periods.isEmpty() && changed(code, periods)) {
                    outbox.record(EventTypes.MEMBER_STANDING_CHANGED, code, "members/" + code,
                            new MemberStandingChangedV1(code, periods.stream().map(p -> new MemberStandingChangedV1.Period(
                                    p.from(), p.status().name(), p.goodStanding())).toList(), cause.name()));
                    published++;
                }
            }
        }
        return published;
    }

    public int publishIfChanged(String code, Cause cause) {
        return publishIfChanged(List.of(code), cause);
    }

    /** The members' timelines from their decided changes and their dues, in four queries per chunk. */
    public Map<String, List<EffectiveStanding.Period>> timelines(List<String> codes) {
        Map<String, List<StatusTimeline.Entry>> decided = new HashMap<>();
        StatusChange.<StatusChange>list("memberCode in ?1", codes).forEach(c -> decided
                .computeIfAbsent(c.memberCode, k -> new ArrayList<>()).add(new StatusTimeline.Entry(c.status, c.effectiveDate, c.seq)));
        List<DuesInvoice> invoices = DuesInvoice.list("memberCode in ?1", codes);
        String ofThose = "invoiceId in (select i.id from DuesInvoice i where i.memberCode in ?1)";
        Map<UUID, List<DuesStanding.Movement>> payments = DuesPayment.<DuesPayment>list(ofThose, codes).stream()
                .collect(Collectors.groupingBy(p -> p.invoiceId,
                        Collectors.mapping(p -> new DuesStanding.Movement(p.amount, p.paidOn), Collectors.toList())));
        Map<UUID, List<DuesStanding.Movement>> waivers = DuesWaiver.<DuesWaiver>list(ofThose, codes).stream()
                .collect(Collectors.groupingBy(w -> w.invoiceId,
                        Collectors.mapping(w -> new DuesStanding.Movement(w.amount, w.decidedOn), Collectors.toList())));
        Map<String, List<DuesStanding.Invoice>> dues = new HashMap<>();
        for (DuesInvoice i : invoices) {
            dues.computeIfAbsent(i.memberCode, k -> new ArrayList<>()).add(new DuesStanding.Invoice(i.year, i.amount,
                    i.currency, i.dueDate, payments.getOrDefault(i.id, List.of()), waivers.getOrDefault(i.id, List.of())));
        }
        Map<String, List<EffectiveStanding.Period>> timelines = new HashMap<>();
        decided.forEach((code, entries) -> timelines.put(code, EffectiveStanding.of(new StatusTimeline(entries),
                new DuesStanding(dues.getOrDefault(code, List.of()), schedule.graceDays()))));
        return timelines;
    }

    /**
     * Records the timeline as published; true when consumers must hear of it. A member's first row needs no event
     * while the timeline is what consumers assume from the admission alone (ACTIVE from joining); after that, any
     * difference is published. The row lock orders concurrent writers of one member.
     */
    private boolean changed(String code, List<EffectiveStanding.Period> periods) {
        String timeline = periods.stream().map(p -> p.from() + ":" + p.status()).collect(Collectors.joining(";"));
        Instant now = Instant.now(clock);
        int inserted = em.createNativeQuery("insert into member_standing_published (member_code, timeline, published_at) "
                        + "values (?1, ?2, ?3) on conflict (member_code) do nothing")
                .setParameter(1, code).setParameter(2, timeline).setParameter(3, now).executeUpdate();
        if (inserted == 1) {
            return !(periods.size() == 1 && periods.get(0).status() == MembershipStatus.ACTIVE);
        }
        Object before = em.createNativeQuery("select timeline from member_standing_published where member_code = ?1 "
                + "for update").setParameter(1, code).getSingleResult();
        if (timeline.equals(before)) {
            return false;
        }
        em.createNativeQuery("update member_standing_published set timeline = ?2, published_at = ?3 where member_code = ?1")
                .setParameter(1, code).setParameter(2, timeline).setParameter(3, now).executeUpdate();
        return true;
    }
}
