package org.wego.knowledge.domain.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jboss.logging.Logger;
import org.wego.knowledge.domain.resource.Editor;
import org.wego.knowledge.domain.resource.KnowledgeResource;
import org.wego.knowledge.domain.resource.ResourceDesk;
import org.wego.web.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The in-process Lucene index of knowledge resources, derived from MongoDB (the source of truth): rebuilt at start,
 * updated on every local write, and on every {@code wego.knowledge.events} record, so each of N instances converges
 * on the same index (an event only names a resource; the index re-reads it, so order and duplicates do not matter).
 */
@ApplicationScoped
@Startup
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    static final int FACET_LIMIT = 50;

    private final ResourceDesk desk;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FacetsConfig facets = ResourceDocuments.facetsConfig();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final TextQueries queries = new TextQueries(analyzer);
    /**
     * Answers computed on one version of the index, as Elasticsearch's shard request cache and Solr's per-searcher
     * query result cache keep them: a refresh makes a new version, so an answer is never served for data it did not
     * see, and nothing has to be invalidated (old versions' entries are simply never asked for again and age out).
     */
    private final Cache<Answer, Object> answers = Caffeine.newBuilder().executor(Runnable::run)
            .maximumSize(1_000).expireAfterAccess(Duration.ofMinutes(5)).build();
    private org.apache.lucene.index.IndexReader stateReader;
    private SortedSetDocValuesReaderState state;

    public SearchIndex(ResourceDesk desk) throws IOException {
        this.desk = desk;
        this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
        this.searchers = new SearcherManager(writer, null);
        long started = System.nanoTime();
        int count = rebuild();
        LOG.infof("Search index rebuilt from MongoDB: %d resources in %d ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    /** Drops everything and indexes every resource from MongoDB. */
    public synchronized int rebuild() {
        try {
            writer.deleteAll();
            int count = 0;
            for (KnowledgeResource r : KnowledgeResource.<KnowledgeResource>find("{'status': {'$in': ['DRAFT','IN_REVIEW','PUBLISHED','ARCHIVED']}}").list()) {
                writer.addDocument(ResourceDocuments.of(r, desk.content(r), facets));
                count++;
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read-your-writes: the instance that wrote a resource has it in its index before answering. */
    void onWritten(@Observes ResourceDesk.Written written) {
        String id = written.id();
        try {
            refresh(id);
        } catch (RuntimeException e) {
            // The write is stored; the resource's event will bring the index up to date. Never fail the write for it.
            LOG.warnf("search index not updated for %s now, the events stream will: %s", id, e.getMessage());
        }
    }

    /** Re-reads one resource from MongoDB and indexes it (or removes it when it is gone). */
    public void refresh(String id) {
        KnowledgeResource r = id == null ? null : KnowledgeResource.findById(id);
        try {
            if (r == null || "DELETED".equals(r.status)) {
                writer.deleteDocuments(new Term(ResourceDocuments.ID, id));
            } else {
                writer.updateDocument(new Term(ResourceDocuments.ID, id), ResourceDocuments.of(r, desk.content(r), facets));
            }
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Object NO_ANSWER = new Object();

    /** A question asked of one index version. */
    private record Answer(long version, Object question) {
    }

    /** The search; the same question on the same index version is answered once. */
    public SearchResult search(SearchQuery q) {
        // What the caller may see depends on staff and city only, not on who they are.
        SearchQuery question = new SearchQuery(q.text(), q.type(), q.region(), q.country(), q.theme(), q.sdg(), q.year(),
                q.lang(), q.newest(), q.page(), q.size(), new Editor(null, q.editor().staff(), q.editor().city()));
        return answer(question, searcher -> compute(searcher, question));
    }

    /**
     * The answer to {@code question} (a value with equals/hashCode, naming everything the answer depends on besides
     * the index) on the current index version: computed by {@code work} the first time, remembered for that version.
     */
    @SuppressWarnings("unchecked")
    public <T> T answer(Object question, SearcherWork<T> work) {
        return withSearcher(searcher -> {
            Answer key = new Answer(((DirectoryReader) searcher.getIndexReader()).getVersion(), question);
            Object known = answers.getIfPresent(key);
            if (known == null) {
                T computed = work.run(searcher);
                known = computed == null ? NO_ANSWER : computed;
                answers.put(key, known);
            }
            return known == NO_ANSWER ? null : (T) known;
        });
    }

    private SearchResult compute(IndexSearcher searcher, SearchQuery q) throws IOException {
        TextQueries.Parsed parsed = q.text() == null || q.text().isBlank()
                ? new TextQueries.Parsed(new MatchAllDocsQuery(), new MatchAllDocsQuery()) : queries.parseForSearch(q.text());
        Query text = parsed.query();
        Query base = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(visibility(q.editor()), BooleanClause.Occur.FILTER).build();
        DrillDownQuery drill = new DrillDownQuery(facets, base);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("type", q.type());
        filters.put("region", q.region());
        filters.put("country", q.country());
        filters.put("theme", q.theme());
        filters.put("sdg", q.sdg() == null ? null : q.sdg().toString());
        filters.put("year", q.year() == null ? null : q.year().toString());
        filters.put("lang", q.lang());
        filters.forEach((dim, value) -> {
            if (value != null) {
                drill.add(dim, value);
            }
        });
        DrillSideways sideways = new DrillSideways(searcher, facets, facetState(searcher.getIndexReader()));
        int topN = (q.page() + 1) * q.size();
        DrillSideways.DrillSidewaysResult found = q.newest()
                ? sideways.search(drill, null, null, topN, new Sort(new SortField(ResourceDocuments.TIME, SortField.Type.LONG, true)), true)
                : sideways.search(drill, topN);
        return new SearchResult(found.hits.totalHits.value, hits(searcher, found.hits, parsed.highlight(), q), facetCounts(found));
    }

    /** Free text in the WeGO search syntax as a query (for the catalogue's {@code q}); a bad query is a 400. */
    Query textQuery(String text) {
        return queries.parse(text);
    }

    /**
     * The facet ordinal map of a reader is costly to build (it walks every segment's doc values), so it is built once
     * per index version and shared by every search on that version.
     */
    synchronized SortedSetDocValuesReaderState facetState(org.apache.lucene.index.IndexReader reader) throws IOException {
        if (stateReader != reader) {
            state = new DefaultSortedSetDocValuesReaderState(reader, facets);
            stateReader = reader;
        }
        return state;
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, TopDocs top, Query text, SearchQuery q) throws IOException {
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(top.scoreDocs.length, q.page() * q.size()), top.scoreDocs.length);
        TopDocs pageDocs = new TopDocs(top.totalHits, page);
        // Highlights are HTML for a frontend to insert: stored text is escaped, so only the highlight tags are markup.
        Map<String, String[]> highlights = UnifiedHighlighter.builder(searcher, analyzer).withHandleMultiTermQuery(true)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", "... ", true)).build()
                .highlightFields(new String[]{"title", "summary", "body"}, text, pageDocs);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = searcher.storedFields().document(page[i].doc);
            Map<String, List<String>> marked = new LinkedHashMap<>();
            for (String field : List.of("title", "summary", "body")) {
                String h = highlights.get(field)[i];
                if (h != null && h.contains("<b>")) {
                    marked.put(field, List.of(h));
                }
            }
            String status = d.get(ResourceDocuments.STATUS);
            hits.add(new SearchResult.Hit(d.get(ResourceDocuments.ID), d.get("type"), status, !"PUBLISHED".equals(status),
                    d.get("title"), d.get("summary"), Float.isNaN(page[i].score) ? 0 : page[i].score, marked));
        }
        return hits;
    }

    private static Map<String, Map<String, Integer>> facetCounts(DrillSideways.DrillSidewaysResult found) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String dim : ResourceDocuments.DIMENSIONS) {
            Map<String, Integer> counts = new TreeMap<>();
            FacetResult r = found.facets.getTopChildren(FACET_LIMIT, dim);
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    counts.put(lv.label, lv.value.intValue());
                }
            }
            out.put(dim, counts);
        }
        return out;
    }

    /** Anonymous: PUBLISHED only; editors: everything; a city official: PUBLISHED and their own city's resources. */
    private static Query visibility(Editor editor) {
        Query published = new TermQuery(new Term(ResourceDocuments.STATUS, "PUBLISHED"));
        if (editor.staff()) {
            return new MatchAllDocsQuery();
        }
        if (editor.city() == null) {
            return published;
        }
        return new BooleanQuery.Builder().add(published, BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(ResourceDocuments.OWNER, editor.city())), BooleanClause.Occur.SHOULD).build();
    }

    public interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Runs against the current searcher and releases it; too broad a query (wildcards, fuzzy) is the client's 400. */
    <T> T withSearcher(SearcherWork<T> work) {
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            return work.run(searcher);
        } catch (IndexSearcher.TooManyClauses e) {
            throw ProblemException.invalidField("q", "matches too many terms; make wildcards and fuzzy terms more specific");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    private void release(IndexSearcher searcher) {
        if (searcher != null) {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                LOG.warn("could not release a searcher", e);
            }
        }
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
