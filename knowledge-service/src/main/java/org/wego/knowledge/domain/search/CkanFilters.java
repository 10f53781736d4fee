package org.wego.knowledge.domain.search;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.wego.knowledge.domain.feed.CkanPackages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * CKAN's {@code fq}: the Solr/Lucene filter syntax CKAN clients send — {@code field:value}, {@code field:"a value"},
 * {@code -field:x}, {@code +field:x}, {@code a OR b}, {@code AND}, {@code NOT}, parentheses, {@code field:pre*}
 * and ranges {@code field:[A TO B]} / {@code {A TO B}} with {@code *} for an open end — read by Lucene's own classic
 * query parser (space means AND, as CKAN's Solr is configured), with CKAN's field names mapped to the index:
 * keyword fields match case-insensitively, {@code metadata_modified} and {@code metadata_created} are dates
 * (ISO 8601 with or without fractions and zone, a plain date, or {@code NOW}). Anything else is refused with the
 * reason, which the facade answers as CKAN's 409 "Search Query Error".
 */
public final class CkanFilters {

    /** Date fields and the point field each is ranged on. */
    private static final Set<String> DATES = Set.of("metadata_modified", "metadata_created");
    private static final Set<String> KEYWORDS = keywords();

    private CkanFilters() {
    }

    static String keywordField(String ckanField) {
        return "k." + ckanField;
    }

    static String facetDim(String ckanField) {
        return "ckan." + ckanField;
    }

    /** The fields {@code fq} and {@code facet.field} accept, for messages and validation. */
    public static Set<String> filterable() {
        Set<String> all = new TreeSet<>(KEYWORDS);
        all.addAll(DATES);
        return all;
    }

    public static boolean facetable(String field) {
        return CkanPackages.fields().containsKey(field);
    }

    /** @throws IllegalArgumentException with the reason, for an fq that cannot be read */
    static Query parse(String fq) {
        if (fq == null || fq.isBlank()) {
            return new MatchAllDocsQuery();
        }
        if (fq.length() > 4_000) {
            throw new IllegalArgumentException("fq is longer than 4000 characters");
        }
        Parser parser = new Parser();
        try {
            return parser.parse(fq);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot parse fq '" + fq + "': " + firstLine(e.getMessage()));
        } catch (UnknownField e) {
            throw new IllegalArgumentException(e.getMessage());
        } catch (IndexOutOfBoundsException | IllegalStateException e) {
            throw new IllegalArgumentException("cannot parse fq '" + fq + "'");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "syntax error" : message.lines().findFirst().orElse("syntax error");
    }

    private static Set<String> keywords() {
        Set<String> k = new TreeSet<>(CkanPackages.fields().keySet());
        k.addAll(Set.of("id", "name", "state"));
        return Set.copyOf(k);
    }

    /** Thrown from inside the parser's callbacks, which may only throw ParseException or unchecked ones. */
    private static final class UnknownField extends RuntimeException {
        UnknownField(String field) {
            super("fq field '" + field + "' is not searchable; use one of " + filterable());
        }
    }

    private static final class Parser extends QueryParser {

        Parser() {
            super("__no_default_field__", new KeywordAnalyzer());
            setDefaultOperator(Operator.AND);
            setAllowLeadingWildcard(false);
        }

        @Override
        protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
            if (DATES.contains(field)) {
                long at = millis(field, text, false);
                return LongPoint.newExactQuery(pointField(field), at);
            }
            return new TermQuery(new Term(keyword(field), text.toLowerCase(Locale.ROOT)));
        }

        @Override
        protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
            return getFieldQuery(field, text, true);
        }

        @Override
        protected Query getRangeQuery(String field, String lower, String upper, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            if (!DATES.contains(field)) {
                keyword(field);
                throw new ParseException("ranges work on metadata_modified and metadata_created only, not " + field);
            }
            long from = lower == null || lower.equals("*") ? Long.MIN_VALUE : millis(field, lower, false);
            long to = upper == null || upper.equals("*") ? Long.MAX_VALUE : millis(field, upper, true);
            if (!startInclusive && from != Long.MAX_VALUE) {
                from++;
            }
            if (!endInclusive && to != Long.MIN_VALUE) {
                to--;
            }
            return LongPoint.newRangeQuery(pointField(field), from, to);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            if (field.equals("*") && termStr.isEmpty()) {
                return new MatchAllDocsQuery();
            }
            return new PrefixQuery(new Term(keyword(field), termStr.toLowerCase(Locale.ROOT)));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            if ("*".equals(field) && "*".equals(termStr)) {
                return new MatchAllDocsQuery();
            }
            if (termStr.equals("*")) {
                return new PrefixQuery(new Term(keyword(field), "")); // has any value
            }
            throw new ParseException("wildcards other than a trailing * are not supported (" + field + ":" + termStr + ")");
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            throw new ParseException("fuzzy terms are not supported in fq");
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw new ParseException("regular expressions are not supported in fq");
        }

        private static String keyword(String field) {
            if ("__no_default_field__".equals(field)) {
                throw new IllegalStateException("a bare term: fq terms are field:value");
            }
            if (!KEYWORDS.contains(field)) {
                throw new UnknownField(field);
            }
            return keywordField(field);
        }

        private static String pointField(String field) {
            return field.equals("metadata_modified") ? ResourceDocuments.MODIFIED : ResourceDocuments.CREATED;
        }

        /** ISO 8601 as CKAN clients send it (Python's isoformat + Z, with microseconds), a plain date, or NOW. */
        private static long millis(String field, String text, boolean upperBound) throws ParseException {
            String t = text.trim();
            if (t.equalsIgnoreCase("NOW")) {
                return Instant.now().toEpochMilli();
            }
            try {
                if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    LocalDate day = LocalDate.parse(t);
                    return (upperBound ? day.plusDays(1).atStartOfDay().minusNanos(1) : day.atStartOfDay())
                            .toInstant(ZoneOffset.UTC).toEpochMilli();
                }
                if (!t.matches(".*(Z|[+-]\\d{2}:?\\d{2})$")) {
                    t = t + "Z"; // Solr dates are UTC
                }
                return OffsetDateTime.parse(t).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new ParseException(field + ": '" + text + "' is not a date (e.g. 2026-11-30T10:00:00Z)");
            }
        }
    }
}
