package org.wego.ceds.domain.feed;

import com.neovisionaries.i18n.CountryCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.wego.ceds.domain.assessment.Assessment;
import org.wego.ceds.domain.framework.Scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The SDMX read model of published results ({@code sdmx_observation}): written in the transaction that publishes or
 * withdraws an assessment, read with one indexed query per data request, so a feed never re-scores assessments nor
 * looks cities up one by one.
 */
@ApplicationScoped
public class SdmxObservations {

    private final EntityManager em;

    public SdmxObservations(EntityManager em) {
        this.em = em;
    }

    /** The overall score (with its maturity level) and each criterion score of a published assessment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void published(Assessment a, Scoring.Result result, Instant at) {
        insert(a, "SCORE", result.score(), result.level(), at);
        for (Scoring.CriterionResult c : result.criteria()) {
            insert(a, c.code(), c.score(), null, at);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(UUID assessmentId, Instant at) {
        em.createNativeQuery("update sdmx_observation set withdrawn_at = :at, updated_at = :at where assessment_id = :id")
                .setParameter("at", at).setParameter("id", assessmentId).executeUpdate();
    }

    /**
     * Assessments published before this read model existed. Holds a transaction-scoped advisory lock so replicas
     * starting together do not backfill the same assessment twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> missing() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('sdmx_observation_backfill'))").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select a.id from assessment a where a.status in ('PUBLISHED', 'WITHDRAWN') "
                + "and not exists (select 1 from sdmx_observation o where o.assessment_id = a.id)").getResultList();
        return ids.stream().map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString())).toList();
    }

    /**
     * Observations of one dataflow version matching the key, years and {@code updatedAfter}, ordered by series then
     * year; {@code withdrawnSince} non-null reads the ones withdrawn after that instant instead.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SdmxData.Obs> find(String framework, String version, SdmxDataQuery q, Instant withdrawnSince, int limit) {
        StringBuilder sql = new StringBuilder("select o.city, c.name, cast(c.country as varchar(2)) as country, o.measure, o.time_period, o.obs_value, "
                + "o.maturity_level from sdmx_observation o join member_city c on c.code = o.city "
                + "where o.framework_code = :framework and o.framework_version = :version");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("framework", framework);
        params.put("version", version);
        if (withdrawnSince == null) {
            sql.append(" and o.withdrawn_at is null");
            if (q.updatedAfter() != null) {
                sql.append(" and o.updated_at > :after");
                params.put("after", q.updatedAfter());
            }
        } else {
            sql.append(" and o.withdrawn_at > :withdrawnSince");
            params.put("withdrawnSince", withdrawnSince);
        }
        Set<String> areas = q.key().get(0);
        if (!areas.isEmpty()) {
            List<String> countries = areas.stream().map(SdmxObservations::alpha2).filter(Objects::nonNull).toList();
            if (countries.isEmpty()) {
                return List.of();
            }
            sql.append(" and c.country in (:countries)");
            params.put("countries", countries);
        }
        if (!q.key().get(1).isEmpty()) {
            sql.append(" and o.city in (:cities)");
            params.put("cities", List.copyOf(q.key().get(1)));
        }
        if (!q.key().get(2).isEmpty()) {
            sql.append(" and o.measure in (:measures)");
            params.put("measures", List.copyOf(q.key().get(2)));
        }
        if (!q.window().start().equals(LocalDate.MIN)) {
            sql.append(" and o.time_period >= :fromYear");
            params.put("fromYear", q.window().start().getYear());
        }
        if (!q.window().end().equals(LocalDate.MAX)) {
            sql.append(" and o.time_period <= :toYear");
            params.put("toYear", q.window().end().getYear());
        }
        if (withdrawnSince == null && (q.firstN() != null || q.lastN() != null)) {
            // firstNObservations / lastNObservations per series in the database: "every city's latest score" sends
            // one row per series instead of every year of every series (SdmxData.firstLast is then a no-op).
            sql.insert(sql.indexOf(" from sdmx_observation"), ", row_number() over (partition by o.city, o.measure "
                    + "order by o.time_period) as rn_first, row_number() over (partition by o.city, o.measure "
                    + "order by o.time_period desc) as rn_last");
            sql.insert(0, "select city, name, country, measure, time_period, obs_value, maturity_level from (");
            sql.append(") o where ");
            if (q.firstN() != null && q.lastN() != null) {
                sql.append("(o.rn_first <= :firstN or o.rn_last <= :lastN)");
            } else {
                sql.append(q.firstN() != null ? "o.rn_first <= :firstN" : "o.rn_last <= :lastN");
            }
            if (q.firstN() != null) {
                params.put("firstN", q.firstN());
            }
            if (q.lastN() != null) {
                params.put("lastN", q.lastN());
            }
            sql.append(" order by o.city, o.measure, o.time_period limit :limit");
        } else {
            sql.append(" order by o.city, o.measure, o.time_period limit :limit");
        }
        params.put("limit", limit);
        // Scalar types declared, so Hibernate need not ask the driver for column metadata (one more round trip to
        // pg_catalog per request, seen in the PostgreSQL log under bench/ceds-sdmx.sh).
        NativeQuery<?> query = em.createNativeQuery(sql.toString()).unwrap(NativeQuery.class)
                .addScalar("city", StandardBasicTypes.STRING).addScalar("name", StandardBasicTypes.STRING)
                .addScalar("country", StandardBasicTypes.STRING).addScalar("measure", StandardBasicTypes.STRING)
                .addScalar("time_period", StandardBasicTypes.INTEGER).addScalar("obs_value", StandardBasicTypes.BIG_DECIMAL)
                .addScalar("maturity_level", StandardBasicTypes.STRING);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = (List<Object[]>) query.getResultList();
        List<SdmxData.Obs> out = new ArrayList<>(rows.size());
        Map<String, SdmxStructure.City> byCountry = new HashMap<>(); // the M49 code and name once per country, not per row
        for (Object[] r : rows) {
            SdmxStructure.City area = byCountry.computeIfAbsent((String) r[2], country -> SdmxStructure.City.of("", "", country));
            out.add(new SdmxData.Obs(area.areaCode(), area.areaName(), (String) r[0], (String) r[1], (String) r[3],
                    ((Number) r[4]).intValue(), (BigDecimal) r[5], (String) r[6]));
        }
        return out;
    }

    private static void insert(Assessment a, String measure, BigDecimal value, String level, Instant at) {
        SdmxObservationRow row = new SdmxObservationRow();
        row.assessmentId = a.id;
        row.measure = measure;
        row.frameworkCode = a.frameworkCode;
        row.frameworkVersion = a.frameworkVersion;
        row.city = a.city;
        row.timePeriod = a.year;
        row.obsValue = value;
        row.maturityLevel = level;
        row.updatedAt = at;
        row.withdrawnAt = a.withdrawnAt;
        row.persist();
    }

    private static String alpha2(String m49) {
        if (!m49.matches("\\d{1,3}")) {
            return null;
        }
        CountryCode code = CountryCode.getByCode(Integer.parseInt(m49));
        return code == null ? null : code.getAlpha2();
    }

}
