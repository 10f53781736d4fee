package org.wego.knowledge.domain.feed;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.enterprise.context.ApplicationScoped;
import org.bson.conversions.Bson;
import org.wego.knowledge.domain.resource.KnowledgeResource;
import org.wego.knowledge.domain.resource.ResourceContent;
import org.wego.knowledge.domain.resource.ResourceDesk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the feeds (DCAT, CKAN) publish: PUBLISHED resources, newest change first; open licences only for anonymous callers. */
@ApplicationScoped
public class PublishedResources {

    private final ResourceDesk desk;

    public PublishedResources(ResourceDesk desk) {
        this.desk = desk;
    }

    public List<DcatCatalogue.Entry> list(Instant updatedAfter, boolean fullAccess) {
        Bson filter = updatedAfter == null ? Filters.eq("status", "PUBLISHED")
                : Filters.and(Filters.eq("status", "PUBLISHED"), Filters.gt("updatedAt", updatedAfter));
        List<DcatCatalogue.Entry> entries = new ArrayList<>();
        for (KnowledgeResource r : KnowledgeResource.<KnowledgeResource>mongoCollection().find(filter)
                .sort(Sorts.orderBy(Sorts.descending("updatedAt"), Sorts.ascending("_id")))) {
            ResourceContent c = desk.content(r);
            if (fullAccess || DcatCatalogue.open(c.licence())) {
                entries.add(new DcatCatalogue.Entry(r.id, r.type, r.publishedAt, r.updatedAt, c));
            }
        }
        return entries;
    }
}
