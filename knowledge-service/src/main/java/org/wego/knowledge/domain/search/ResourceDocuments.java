package org.wego.knowledge.domain.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.wego.knowledge.domain.feed.CkanPackages;
import org.wego.knowledge.domain.feed.DcatCatalogue;
import org.wego.knowledge.domain.resource.KnowledgeResource;
import org.wego.knowledge.domain.resource.ResourceContent;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** How a resource becomes a Lucene document: text fields for ranking and highlighting, one facet per filter. */
final class ResourceDocuments {

    static final String ID = "id";
    static final String STATUS = "status";
    static final String OWNER = "ownerCity";
    static final String TIME = "time";
    static final List<String> TEXT = List.of("title", "summary", "body", "tags");
    static final List<String> DIMENSIONS = List.of("type", "region", "country", "theme", "sdg", "year", "lang");

    /** Catalogue (CKAN) fields: only published resources (active) and withdrawn ones (deleted) carry them. */
    static final String CKAN_STATE = "ckan_state";
    static final String CKAN_OPEN = "ckan_open";
    static final String CKAN_PACKAGE = "ckan_package";
    static final String SORT_ID = "sort_id";
    static final String SORT_TITLE = "sort_title";
    static final String MODIFIED = "modified_ms";
    static final String CREATED = "created_ms";
    /** Where the request's base URL goes in a stored package dict (it depends on the host the client called). */
    static final String BASE_URL = "{{base-url}}";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Text with offsets in the postings, so the highlighter reads positions instead of re-analysing stored text. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private ResourceDocuments() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : List.of("region", "country", "theme", "sdg")) {
            config.setMultiValued(dim, true);
        }
        CkanPackages.fields().keySet().forEach(f -> config.setMultiValued(CkanFilters.facetDim(f), true));
        return config;
    }

    static Document of(KnowledgeResource r, ResourceContent c, FacetsConfig config) throws IOException {
        Document d = new Document();
        d.add(new StringField(ID, r.id, Field.Store.YES));
        d.add(new StringField(STATUS, r.status, Field.Store.YES));
        if (r.ownerCity != null) {
            d.add(new StringField(OWNER, r.ownerCity, Field.Store.NO));
        }
        d.add(new StoredField("type", r.type));
        d.add(new Field("title", c.title(), TEXT_WITH_OFFSETS));
        d.add(new Field("summary", c.summary(), TEXT_WITH_OFFSETS));
        if (c.body() != null) {
            d.add(new Field("body", c.body(), TEXT_WITH_OFFSETS));
        }
        if (c.tags() != null) {
            c.tags().forEach(t -> d.add(new TextField("tags", t, Field.Store.NO)));
        }
        Instant when = r.publishedAt != null ? r.publishedAt : r.createdAt;
        d.add(new NumericDocValuesField(TIME, (r.publishedAt != null ? r.publishedAt : r.updatedAt).toEpochMilli()));
        facet(d, "type", List.of(r.type));
        facet(d, "region", c.regions());
        facet(d, "country", c.countries());
        facet(d, "theme", c.themes());
        facet(d, "sdg", c.sdgs() == null ? null : c.sdgs().stream().map(String::valueOf).toList());
        facet(d, "year", List.of(Integer.toString(when.atZone(ZoneOffset.UTC).getYear())));
        facet(d, "lang", c.language() == null ? null : List.of(c.language()));
        catalogue(d, r, c);
        return config.build(d);
    }

    /**
     * What the CKAN facade and the feeds read: keyword fields for {@code fq}, facets, sort keys, dates as points
     * (ranges) and doc values (sorting), and the package dict itself, so a page is served from the index alone.
     */
    private static void catalogue(Document d, KnowledgeResource r, ResourceContent c) throws IOException {
        boolean active = "PUBLISHED".equals(r.status);
        boolean withdrawn = "ARCHIVED".equals(r.status) && r.publishedAt != null;
        if (!active && !withdrawn) {
            return;
        }
        String state = active ? "active" : "deleted";
        d.add(new StringField(CKAN_STATE, state, Field.Store.NO));
        d.add(new StringField(CKAN_OPEN, Boolean.toString(DcatCatalogue.open(c.licence())), Field.Store.NO));
        d.add(new SortedDocValuesField(SORT_ID, new BytesRef(r.id)));
        d.add(new SortedDocValuesField(SORT_TITLE, new BytesRef(c.title().toLowerCase(Locale.ROOT))));
        Instant created = r.publishedAt;
        Instant modified = r.updatedAt == null ? created : r.updatedAt;
        d.add(new LongPoint(MODIFIED, modified.toEpochMilli()));
        d.add(new NumericDocValuesField(MODIFIED, modified.toEpochMilli()));
        d.add(new LongPoint(CREATED, created.toEpochMilli()));
        d.add(new NumericDocValuesField(CREATED, created.toEpochMilli()));
        DcatCatalogue.Entry entry = new DcatCatalogue.Entry(r.id, r.type, created, modified, c);
        for (Map.Entry<String, Function<DcatCatalogue.Entry, List<String>>> f : CkanPackages.fields().entrySet()) {
            for (String v : f.getValue().apply(entry).stream().distinct().toList()) {
                d.add(new StringField(CkanFilters.keywordField(f.getKey()), v.toLowerCase(Locale.ROOT), Field.Store.NO));
                d.add(new SortedSetDocValuesFacetField(CkanFilters.facetDim(f.getKey()), v));
            }
        }
        d.add(new StringField(CkanFilters.keywordField("id"), r.id.toLowerCase(Locale.ROOT), Field.Store.NO));
        d.add(new StringField(CkanFilters.keywordField("name"), r.id.toLowerCase(Locale.ROOT), Field.Store.NO));
        d.add(new StringField(CkanFilters.keywordField("state"), state, Field.Store.NO));
        Map<String, Object> pkg = CkanPackages.packageDict(entry, BASE_URL);
        pkg.put("state", state);
        d.add(new StoredField(CKAN_PACKAGE, JSON.writeValueAsString(pkg)));
    }

    private static void facet(Document d, String dim, List<String> values) {
        if (values != null) {
            values.stream().distinct().forEach(v -> d.add(new SortedSetDocValuesFacetField(dim, v)));
        }
    }
}
