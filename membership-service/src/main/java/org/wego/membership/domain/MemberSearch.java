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
 * Member lists filtered by attributes and by status as of a date: one SQL query over members joined to their
 * standing period on that date ({@link StandingPeriods}), with only the conditions asked for, and one for the count.
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

    private final EntityManager em;

    public MemberSearch(EntityManager em) {
        this.em = em;
    }

    public Result search(Criteria c) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", c.asOf());
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
            where.add("sp.status = :status");
            params.put("status", c.status().name());
        }
        if (c.nameContains() != null && !c.nameContains().isBlank()) {
            // Literal substring match: the user's % and _ are not wildcards.
            where.add("lower(m.name) like :q escape '\\'");
            params.put("q", "%" + c.nameContains().strip().toLowerCase()
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String filters = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String from = "from member m " + StandingPeriods.STATUS_ON + filters;
        String order = c.descending()
                ? c.sort().sql.replace(", m.code", " desc, m.code desc") + (c.sort() == SortKey.CODE ? " desc" : "")
                : c.sort().sql;
        // The total comes with the page (one pass over the matches, not a second query for the count) ...
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select m.code, sp.status, count(*) over () " + from
                + " order by " + order), params).setFirstResult(c.page() * c.size()).setMaxResults(c.size()).getResultList();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[2]).longValue();
        if (rows.isEmpty() && c.page() > 0) {
            // ... except past the last page, which has no row to carry it.
            total = ((Number) bind(em.createNativeQuery("select count(*) " + from), params).getSingleResult()).longValue();
        }
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
