package org.wego.membership.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.wego.events.EventTypes;
import org.wego.events.membership.MemberStandingChangedV1;
import org.wego.membership.infra.DuesSchedule;
import org.wego.outbox.Outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // The caller's writes are flushed once; then no query here flushes again. Otherwise every statement would
        // dirty-check the whole persistence context — after a yearly run over 10,000 members, quadratic work.
        em.flush();
        Session session = em.unwrap(Session.class);
        FlushMode mode = session.getHibernateFlushMode();
        session.setHibernateFlushMode(FlushMode.COMMIT);
        try {
            return publish(List.copyOf(codes), cause);
        } finally {
            session.setHibernateFlushMode(mode);
        }
    }

    private int publish(List<String> all, Cause cause) {
        int published = 0;
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            Map<String, List<EffectiveStanding.Period>> timelines = timelines(chunk);
            for (String code : changed(timelines)) {
                outbox.record(EventTypes.MEMBER_STANDING_CHANGED, code, "members/" + code,
                        new MemberStandingChangedV1(code, timelines.get(code).stream().map(p -> new MemberStandingChangedV1.Period(
                                p.from(), p.status().name(), p.goodStanding())).toList(), cause.name()));
                published++;
            }
        }
        return published;
    }

    public int publishIfChanged(String code, Cause cause) {
        return publishIfChanged(List.of(code), cause);
    }

    /** The members' timelines from their decided changes and their dues, in four queries per chunk. */
    public Map<String, List<EffectiveStanding.Period>> timelines(List<String> codes) {
        Map<String, List<DuesStanding.Invoice>> dues = DuesLedger.invoicesWhere("i.memberCode in ?1", codes);
        Map<String, List<EffectiveStanding.Period>> timelines = new HashMap<>();
        StatusChange.timelinesWhere("memberCode in ?1", codes).forEach((code, decided) -> timelines.put(code,
                EffectiveStanding.of(decided, new DuesStanding(dues.getOrDefault(code, List.of()), schedule.graceDays()))));
        return timelines;
    }

    /**
     * Records the timelines as published, in one statement per chunk, and rewrites the standing periods of those whose
     * timeline is new or differs; returns the members consumers must hear of, in code order. A member's first row
     * needs no event while its timeline is what consumers assume from the admission alone (ACTIVE from joining);
     * after that, any difference is published. Existing rows are locked first, so two writers of one member are
     * ordered, and the periods are rewritten under that lock.
     */
    private List<String> changed(Map<String, List<EffectiveStanding.Period>> timelines) {
        if (timelines.isEmpty()) {
            return List.of();
        }
        StringBuilder rows = new StringBuilder();
        timelines.forEach((code, periods) -> {
            boolean assumed = periods.size() == 1 && periods.get(0).status() == MembershipStatus.ACTIVE;
            rows.append(code).append('\t')
                    .append(periods.stream().map(p -> p.from() + ":" + p.status()).collect(Collectors.joining(";")))
                    .append('\t').append(assumed ? 't' : 'f').append('\n');
        });
        @SuppressWarnings("unchecked")
        List<Object[]> outcome = em.createNativeQuery("""
                        with incoming as (
                            select split_part(line, E'\\t', 1) as member_code, split_part(line, E'\\t', 2) as timeline,
                                   split_part(line, E'\\t', 3) = 't' as assumed
                            from unnest(string_to_array(rtrim(?1, E'\\n'), E'\\n')) as line),
                        before as (
                            select p.member_code, p.timeline from member_standing_published p
                            where p.member_code in (select member_code from incoming) for update),
                        upserted as (
                            insert into member_standing_published as p (member_code, timeline, published_at)
                            select member_code, timeline, ?2 from incoming
                            on conflict (member_code) do update set timeline = excluded.timeline,
                                published_at = excluded.published_at
                            where p.timeline <> excluded.timeline returning p.member_code)
                        select i.member_code, coalesce((b.member_code is null and not i.assumed) or b.timeline <> i.timeline, false),
                               i.member_code in (select member_code from upserted)
                        from incoming i left join before b on b.member_code = i.member_code
                        order by i.member_code""")
                .setParameter(1, rows.toString()).setParameter(2, Instant.now(clock)).getResultList();
        List<String> rewritten = outcome.stream().filter(r -> (Boolean) r[2]).map(r -> (String) r[0]).toList();
        rewritePeriods(rewritten, timelines);
        return outcome.stream().filter(r -> (Boolean) r[1]).map(r -> (String) r[0]).toList();
    }

    /** The read model (member_standing_period): each period lasts until the next one starts. */
    private void rewritePeriods(List<String> codes, Map<String, List<EffectiveStanding.Period>> timelines) {
        if (codes.isEmpty()) {
            return;
        }
        em.createNativeQuery("delete from member_standing_period where member_code in (?1)")
                .setParameter(1, codes).executeUpdate();
        StringBuilder periods = new StringBuilder();
        for (String code : codes) {
            List<EffectiveStanding.Period> timeline = timelines.get(code);
            for (int i = 0; i < timeline.size(); i++) {
                periods.append(code).append('\t').append(timeline.get(i).from()).append('\t')
                        .append(i + 1 < timeline.size() ? timeline.get(i + 1).from().toString() : "")
                        .append('\t').append(timeline.get(i).status()).append('\n');
            }
        }
        if (periods.isEmpty()) {
            return;
        }
        em.createNativeQuery("""
                        insert into member_standing_period (member_code, valid_from, valid_until, status)
                        select split_part(line, E'\\t', 1), cast(split_part(line, E'\\t', 2) as date),
                               cast(nullif(split_part(line, E'\\t', 3), '') as date), split_part(line, E'\\t', 4)
                        from unnest(string_to_array(rtrim(?1, E'\\n'), E'\\n')) as line""")
                .setParameter(1, periods.toString()).executeUpdate();
    }
}
