package org.wego.knowledge.domain.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The CKAN facade's and feeds' view of the search index: published (and, if asked, withdrawn) resources, filtered
 * by {@code fq}, sorted, one page at a time, with facet counts — all from the index, never a collection scan. Every
 * sort ends with the id, so pages are stable: the same request gives the same page, and consecutive pages never
 * repeat a dataset (ckanext-harvest pages with {@code sort=id asc} and stops on an empty page).
 */
@ApplicationScoped
public class CatalogueSearch {

    /** A page: how many match in all, the stored package dicts (or ids) of this page, facet counts per field. */
    public record Page(long count, List<String> packages, Map<String, Map<String, Integer>> facets) {
    }

    private final SearchIndex index;

    /** A stored package dict with the base URL of this request in its links. */
    public static String render(String storedPackage, String baseUrl) {
        return storedPackage.replace(ResourceDocuments.BASE_URL, baseUrl);
    }

    public CatalogueSearch(SearchIndex index) {
        this.index = index;
    }

    public Page search(CatalogueQuery q) {
        return page(q, ResourceDocuments.CKAN_PACKAGE);
    }

    /** As {@link #search}, with the resource ids of the page instead of package dicts (the DCAT feed's page). */
    public Page searchIds(CatalogueQuery q) {
        return page(q, ResourceDocuments.ID);
    }

    /** The same page of the same query on the same index version is computed once (harvesters repeat pages). */
    private record PageQuestion(CatalogueQuery query, String storedField) {
    }

    private record PackageQuestion(String id, boolean fullAccess) {
    }

    private Page page(CatalogueQuery q, String storedField) {
        Query query = query(q);
        Sort sort = sort(q.sort(), q.text() != null);
        return index.answer(new PageQuestion(q, storedField), searcher -> {
            int topN = Math.max(1, q.start() + q.rows());
            TopFieldCollectorManager topManager = new TopFieldCollectorManager(sort, topN, null, Integer.MAX_VALUE, false);
            TopDocs top;
            FacetsCollector facets = null;
            if (q.facetFields().isEmpty()) {
                top = searcher.search(query, topManager);
            } else {
                Object[] results = searcher.search(query, new org.apache.lucene.search.MultiCollectorManager(topManager,
                        new FacetsCollectorManager()));
                top = (TopDocs) results[0];
                facets = (FacetsCollector) results[1];
            }
            List<String> page = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = q.start(); i < docs.length && page.size() < q.rows(); i++) {
                page.add(searcher.storedFields().document(docs[i].doc, java.util.Set.of(storedField)).get(storedField));
            }
            return new Page(top.totalHits.value, page, facetCounts(searcher, facets, q));
        });
    }

    /**
     * A value derived from the catalogue (a rendered feed page, say) remembered for the current index version;
     * {@code question} names everything else it depends on.
     */
    public <T> T remembered(Object question, Supplier<T> work) {
        return index.answer(question, searcher -> work.get());
    }

    /** One dataset by id (or name, which is the id), active or withdrawn, if the caller may see it. */
    public String packageById(String id, boolean fullAccess) {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(CkanFilters.keywordField("id"), id.toLowerCase(java.util.Locale.ROOT))),
                        BooleanClause.Occur.FILTER)
                .add(visible(fullAccess, true), BooleanClause.Occur.FILTER).build();
        return index.answer(new PackageQuestion(id, fullAccess), searcher -> {
            TopDocs top = searcher.search(query, 1);
            return top.scoreDocs.length == 0 ? null
                    : searcher.storedFields().document(top.scoreDocs[0].doc).get(ResourceDocuments.CKAN_PACKAGE);
        });
    }

    private Query query(CatalogueQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(visible(q.fullAccess(), q.withDeleted()), BooleanClause.Occur.FILTER);
        for (String fq : q.filters()) {
            b.add(CkanFilters.parse(fq), BooleanClause.Occur.FILTER);
        }
        b.add(q.text() == null ? new MatchAllDocsQuery() : index.textQuery(q.text()), BooleanClause.Occur.MUST);
        return b.build();
    }

    private static Query visible(boolean fullAccess, boolean withDeleted) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        BooleanQuery.Builder states = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ResourceDocuments.CKAN_STATE, "active")), BooleanClause.Occur.SHOULD);
        if (withDeleted) {
            states.add(new TermQuery(new Term(ResourceDocuments.CKAN_STATE, "deleted")), BooleanClause.Occur.SHOULD);
        }
        b.add(states.build(), BooleanClause.Occur.FILTER);
        if (!fullAccess) {
            b.add(new TermQuery(new Term(ResourceDocuments.CKAN_OPEN, "true")), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** CKAN sort clauses (checked by the facade) → a Lucene sort that always ends with the id. */
    static Sort sort(List<String> clauses, boolean hasText) {
        List<SortField> fields = new ArrayList<>();
        for (String clause : clauses) {
            String[] parts = clause.trim().split("\\s+");
            boolean desc = parts.length > 1 && parts[1].equalsIgnoreCase("desc");
            switch (parts[0]) {
                case "score" -> fields.add(hasText ? (desc ? SortField.FIELD_SCORE : new SortField(null, SortField.Type.SCORE, true))
                        : new SortField(ResourceDocuments.MODIFIED, SortField.Type.LONG, true));
                case "id", "name" -> fields.add(new SortField(ResourceDocuments.SORT_ID, SortField.Type.STRING, desc));
                case "title_string", "title" -> fields.add(new SortField(ResourceDocuments.SORT_TITLE, SortField.Type.STRING, desc));
                case "metadata_modified" -> fields.add(new SortField(ResourceDocuments.MODIFIED, SortField.Type.LONG, desc));
                case "metadata_created" -> fields.add(new SortField(ResourceDocuments.CREATED, SortField.Type.LONG, desc));
                default -> throw new IllegalArgumentException("cannot sort by " + parts[0]);
            }
        }
        fields.add(new SortField(ResourceDocuments.SORT_ID, SortField.Type.STRING));
        return new Sort(fields.toArray(SortField[]::new));
    }

    private Map<String, Map<String, Integer>> facetCounts(IndexSearcher searcher, FacetsCollector collected,
                                                          CatalogueQuery q) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        if (collected == null) {
            return out;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(index.facetState(searcher.getIndexReader()), collected);
        int limit = q.facetLimit() < 0 ? 10_000 : Math.max(1, q.facetLimit());
        for (String field : q.facetFields()) {
            Map<String, Integer> values = new LinkedHashMap<>();
            FacetResult r;
            try {
                r = counts.getTopChildren(limit, CkanFilters.facetDim(field));
            } catch (IllegalArgumentException noValuesYet) {
                r = null; // a dimension no document has yet
            }
            if (r != null) {
                for (LabelAndValue lv : r.labelValues) {
                    if (lv.value.intValue() >= q.facetMinCount() && (q.facetLimit() != 0)) {
                        values.put(lv.label, lv.value.intValue());
                    }
                }
            }
            out.put(field, values);
        }
        return out;
    }
}
