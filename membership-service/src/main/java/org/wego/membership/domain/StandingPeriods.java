package org.wego.membership.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Effective status on a date read from the standing periods (member_standing_period), which {@link StandingPublisher}
 * rewrites in the transaction of every write that changes a member's timeline: one index lookup per member instead
 * of reading its status history and whole dues ledger. Rules that decide something (transitions, rolls, runs) keep
 * asking {@link MemberStanding}, the source; this serves reads.
 */
@ApplicationScoped
public class StandingPeriods {

    /**
     * SQL join giving {@code sp.status} for member {@code m} on :asOf (null before it joined): periods do not overlap,
     * so at most one matches.
     */
    static final String STATUS_ON = "left join member_standing_period sp on sp.member_code = m.code "
            + "and sp.valid_from <= :asOf and (sp.valid_until is null or sp.valid_until > :asOf)";

    private final EntityManager em;
    private final MemberStanding source;

    public StandingPeriods(EntityManager em, MemberStanding source) {
        this.em = em;
        this.source = source;
    }

    public Optional<MembershipStatus> statusOn(String code, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select (select p.status from member_standing_period p "
                        + "where p.member_code = ?1 and p.valid_from <= ?2 order by p.valid_from desc limit 1), "
                        + "exists (select 1 from member_standing_published s where s.member_code = ?1)")
                .setParameter(1, code).setParameter(2, date).getResultList();
        Object[] row = rows.get(0);
        if (!(Boolean) row[1]) {
            // Not derived yet (the startup backfill derives every member's): the source answers.
            return source.statusOn(code, date);
        }
        return Optional.ofNullable((String) row[0]).map(MembershipStatus::valueOf);
    }
}
