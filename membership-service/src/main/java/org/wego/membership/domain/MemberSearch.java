package org.wego.membership.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Member lists filtered by attributes and by status as of a date. The status filter needs the derived status, so
 * this is one SQL query over members joined to their latest change, with only the conditions asked for.
 */
@ApplicationScoped
public class MemberSearch {

    public enum SortKey {
        CODE("m.code"), NAME("lower(m.name), m.code"), JOINED_ON("m.joined_on, m.code");

        final String sql;

        SortKey(String sql) {
            this.sql = sql;
        }
    }

    public record Criteria(Region region, String country, MembershipType type, MembershipStatus status, String nameContains,
                           LocalDate asOf, SortKey sort, boolean descending, int page, int size) {
    }

    public record Hit(Member member, MembershipStatus status) {
    }

    public record Result(List<Hit> hits, long total) {
    }

    /**
     * The status of one member on :asOf, by index lookup (member_status_change_asof): a page of 20 costs 20 lookups
     * instead of deriving every member's status first.
     */
    static final String STATUS_OF_MEMBER = "select " + MembershipStatistics.effectiveStatus("c.status", "m.code")
            + " as status from member_status_change c where c.member_code = m.code "
            + "and c.effective_date <= :asOf order by c.effective_date desc, c.seq desc limit 1";

    private final EntityManager em;
    private final DuesLedger dues;

    public MemberSearch(EntityManager em, DuesLedger dues) {
        this.em = em;
        this.dues = dues;
    }

    public Result search(Criteria c) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", c.asOf());
        params.put("grace", dues.graceDays());
        if (c.region() != null) {
            where.add("m.region = :region");
            params.put("region", c.region().name());
        }
        if (c.country() != null) {
            where.add("m.country = :country");
            params.put("country", c.country());
        }
        if (c.type() != null) {
            where.add("m.type = :type");
            params.put("type", c.type().name());
        }
        if (c.status() != null) {
            where.add("l.status = :status");
            params.put("status", c.status().name());
        }
        if (c.nameContains() != null && !c.nameContains().isBlank()) {
            // Literal substring match: the user's % and _ are not wildcards.
            where.add("lower(m.name) like :q escape '\\'");
            params.put("q", "%" + c.nameContains().strip().toLowerCase()
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String filters = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String from = "from member m left join lateral (" + STATUS_OF_MEMBER + ") l on true" + filters;
        // Without a status filter the count needs no status at all; with one, the lateral lookup runs per candidate.
        String countFrom = c.status() == null ? "from member m" + filters : from;
        Map<String, Object> countParams = new HashMap<>(params);
        if (c.status() == null) {
            countParams.remove("asOf");
            countParams.remove("grace");
        }
        long total = ((Number) bind(em.createNativeQuery("select count(*) " + countFrom), countParams)
                .getSingleResult()).longValue();
        String order = c.descending()
                ? c.sort().sql.replace(", m.code", " desc, m.code desc") + (c.sort() == SortKey.CODE ? " desc" : "")
                : c.sort().sql;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select m.code, l.status " + from + " order by " + order), params)
                .setFirstResult(c.page() * c.size()).setMaxResults(c.size()).getResultList();
        List<String> codes = rows.stream().map(r -> (String) r[0]).toList();
        Map<String, Member> members = codes.isEmpty() ? Map.of()
                : Member.<Member>list("code in ?1", codes).stream().collect(Collectors.toMap(m -> m.code, Function.identity()));
        List<Hit> hits = rows.stream().map(r -> new Hit(members.get((String) r[0]),
                r[1] == null ? null : MembershipStatus.valueOf((String) r[1]))).toList();
        return new Result(hits, total);
    }

    private static Query bind(Query query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }
}
