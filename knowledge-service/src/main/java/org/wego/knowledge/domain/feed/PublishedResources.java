package org.wego.knowledge.domain.feed;

import com.mongodb.client.model.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import org.wego.knowledge.domain.resource.KnowledgeResource;
import org.wego.knowledge.domain.resource.ResourceDesk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The resources of one feed page, read by id (the page itself comes from the catalogue index, never from a scan of
 * the collection), in the index's order: published ones as entries, withdrawn ones (published, then archived) as
 * withdrawals.
 */
@ApplicationScoped
public class PublishedResources {

    public record PageEntries(List<DcatCatalogue.Entry> published, List<DcatCatalogue.Entry> withdrawn) {
    }

    private final ResourceDesk desk;

    public PublishedResources(ResourceDesk desk) {
        this.desk = desk;
    }

    public PageEntries byIds(List<String> ids) {
        Map<String, KnowledgeResource> found = new HashMap<>();
        for (KnowledgeResource r : KnowledgeResource.<KnowledgeResource>mongoCollection().find(Filters.in("_id", ids))) {
            found.put(r.id, r);
        }
        List<DcatCatalogue.Entry> published = new ArrayList<>();
        List<DcatCatalogue.Entry> withdrawn = new ArrayList<>();
        for (String id : ids) {
            KnowledgeResource r = found.get(id);
            if (r == null || r.publishedAt == null) {
                continue; // changed since the index was read; the next harvest sees it as it is then
            }
            DcatCatalogue.Entry e = new DcatCatalogue.Entry(r.id, r.type, r.publishedAt, r.updatedAt, desk.content(r));
            ("PUBLISHED".equals(r.status) ? published : withdrawn).add(e);
        }
        return new PageEntries(published, withdrawn);
    }
}
