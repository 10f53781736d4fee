package org.wego.membership.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Membership counts as of any date, computed from the dated status changes (the same rule as
 * {@link StatusTimeline}: the last change effective on or before the date, same-day ties by recording order), so
 * "how many members did WeGO have on 2016-03-31" is a query, not a snapshot someone remembered to take.
 */
@ApplicationScoped
public class MembershipStatistics {

    /** Latest change per member on or before :asOf (PostgreSQL DISTINCT ON, served by member_status_change_asof). */
    static final String STATUS_AS_OF = "select distinct on (c.member_code) c.member_code, c.status "
            + "from member_status_change c where c.effective_date <= :asOf "
            + "order by c.member_code, c.effective_date desc, c.seq desc";

    /**
     * SQL twin of {@link DuesStanding#inArrearsPastGrace} for all members at once (statistics): members with an
     * invoice owing past grace on :asOf, with payments and waivers summed per invoice in one pass.
     */
    static final String OWING_PAST_GRACE = "select i.member_code from dues_invoice i "
            + "left join (select invoice_id, sum(amount) s from dues_payment where paid_on <= :asOf group by invoice_id) p "
            + "on p.invoice_id = i.id "
            + "left join (select invoice_id, sum(amount) s from dues_waiver where decided_on <= :asOf group by invoice_id) w "
            + "on w.invoice_id = i.id "
            + "where i.due_date + cast(:grace as integer) < :asOf and i.amount > coalesce(p.s, 0) + coalesce(w.s, 0) "
            + "group by i.member_code";

    public record Counts(LocalDate asOf, long total, Map<Region, Long> byRegion, Map<MembershipType, Long> byType,
                         Map<MembershipStatus, Long> byStatus) {
    }

    private final EntityManager em;
    private final DuesLedger dues;

    public MembershipStatistics(EntityManager em, DuesLedger dues) {
        this.em = em;
        this.dues = dues;
    }

    public Counts asOf(LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("with latest as (" + STATUS_AS_OF + "), "
                        + "owing as (" + OWING_PAST_GRACE + ") "
                        + "select m.region, m.type, case when l.status = 'ACTIVE' and o.member_code is not null "
                        + "then 'LAPSED' else l.status end as status, count(*) "
                        + "from latest l join member m on m.code = l.member_code "
                        + "left join owing o on o.member_code = l.member_code "
                        + "where l.status in ('ACTIVE', 'SUSPENDED', 'LAPSED') group by 1, 2, 3")
                .setParameter("asOf", date).setParameter("grace", dues.graceDays()).getResultList();
        Map<Region, Long> byRegion = zeros(Region.class);
        Map<MembershipType, Long> byType = zeros(MembershipType.class);
        Map<MembershipStatus, Long> byStatus = new EnumMap<>(MembershipStatus.class);
        for (MembershipStatus status : MembershipStatus.values()) {
            if (status.isMember()) {
                byStatus.put(status, 0L);
            }
        }
        long total = 0;
        for (Object[] row : rows) {
            long n = ((Number) row[3]).longValue();
            byRegion.merge(Region.valueOf((String) row[0]), n, Long::sum);
            byType.merge(MembershipType.valueOf((String) row[1]), n, Long::sum);
            byStatus.merge(MembershipStatus.valueOf((String) row[2]), n, Long::sum);
            total += n;
        }
        return new Counts(date, total, byRegion, byType, byStatus);
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, 0L);
        }
        return map;
    }
}
