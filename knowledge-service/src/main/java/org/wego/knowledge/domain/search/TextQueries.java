package org.wego.knowledge.domain.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.wego.web.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Free text → Lucene query: the classic syntax over title (boost 3), summary (2), tags (1.5) and body (BM25, the
 * Lucene default similarity); a query of plain words is OR-ed with fuzzy variants of each word in titles and
 * summaries (edit distance 1 from 4 letters, 2 from 8, first two letters fixed) at a lower weight, so "smart parkng" still finds "smart parking" but exact matches rank first. Syntax errors and
 * over-long or over-broad queries are the client's: 400, never 500.
 */
final class TextQueries {

    static final int MAX_LENGTH = 500;
    private static final Map<String, Float> BOOSTS = Map.of("title", 3f, "summary", 2f, "tags", 1.5f, "body", 1f);
    private static final String[] FIELDS = {"title", "summary", "tags", "body"};
    private static final java.util.regex.Pattern SYNTAX = java.util.regex.Pattern.compile("[\"*?:()+\\-~\\[\\]{}^]|\\b(AND|OR|NOT)\\b");

    private final Analyzer analyzer;

    TextQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * {@code query} finds and ranks; {@code highlight} is the exact part only: highlighting fuzzy variants would make
     * the highlighter re-analyse every stored text instead of reading the offsets in the postings (5 ms per hit).
     */
    record Parsed(Query query, Query highlight) {
    }

    Query parse(String text) {
        return parseForSearch(text).query();
    }

    Parsed parseForSearch(String text) {
        if (text.length() > MAX_LENGTH) {
            throw ProblemException.invalidField("q", "must be at most " + MAX_LENGTH + " characters");
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        parser.setAllowLeadingWildcard(false);
        Query exact;
        try {
            exact = parser.parse(text);
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            throw ProblemException.invalidField("q", "is not a valid search: " + firstLine(e.getMessage())
                    + " (quote phrases, escape special characters with \\)");
        }
        // Typo tolerance for plain words only: a quoted phrase, a prefix or a boolean query means what it says.
        List<String> words = SYNTAX.matcher(text).find() ? List.of() : words(text);
        if (words.isEmpty()) {
            return new Parsed(exact, exact);
        }
        BooleanQuery.Builder fuzzy = new BooleanQuery.Builder();
        for (String word : words) {
            int edits = word.length() >= 8 ? 2 : word.length() >= 4 ? 1 : 0;
            if (edits == 0) {
                continue;
            }
            // Typos are looked for in titles and summaries, after the first two letters (rarely where people slip):
            // fuzzy matching over every body term of every resource cost more than the rest of the search together.
            for (String field : List.of("title", "summary")) {
                fuzzy.add(new BoostQuery(new FuzzyQuery(new Term(field, word), edits, 2), BOOSTS.get(field) * 0.3f),
                        BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery typos = fuzzy.build();
        if (typos.clauses().isEmpty()) {
            return new Parsed(exact, exact);
        }
        return new Parsed(new BooleanQuery.Builder().add(exact, BooleanClause.Occur.SHOULD).add(typos, BooleanClause.Occur.SHOULD)
                .setMinimumNumberShouldMatch(1).build(), exact);
    }

    /** The analysed words of plain text (operators and syntax stripped), at most 20 of them. */
    private List<String> words(String text) {
        String plain = text.replaceAll("[\\\\+\\-!():^\\[\\]\"{}~*?|&/]", " ").replaceAll("\\b(AND|OR|NOT)\\b", " ");
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("body", plain)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < 20) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String firstLine(String message) {
        return message == null ? "syntax error" : message.lines().findFirst().orElse("syntax error");
    }
}
