package org.wego.knowledge.domain.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.wego.knowledge.domain.resource.KnowledgeResource;
import org.wego.knowledge.domain.resource.ResourceContent;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** How a resource becomes a Lucene document: text fields for ranking and highlighting, one facet per filter. */
final class ResourceDocuments {

    static final String ID = "id";
    static final String STATUS = "status";
    static final String OWNER = "ownerCity";
    static final String TIME = "time";
    static final List<String> TEXT = List.of("title", "summary", "body", "tags");
    static final List<String> DIMENSIONS = List.of("type", "region", "country", "theme", "sdg", "year", "lang");

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
        return config.build(d);
    }

    private static void facet(Document d, String dim, List<String> values) {
        if (values != null) {
            values.stream().distinct().forEach(v -> d.add(new SortedSetDocValuesFacetField(dim, v)));
        }
    }
}
