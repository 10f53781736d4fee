package org.wego.knowledge.domain.search;

import java.util.List;

/**
 * One page of the catalogue as CKAN's package_search asks for it.
 *
 * @param text         free text (the WeGO search syntax), or null for all
 * @param filters      {@code fq} and each of {@code fq_list}, all of which must hold
 * @param sort         CKAN sort clauses, e.g. {@code ["metadata_modified desc", "id asc"]}
 * @param fullAccess   partners and staff see datasets under restricted licences too
 * @param withDeleted  withdrawn datasets as well ({@code state: deleted}), for incremental harvesters
 */
public record CatalogueQuery(String text, List<String> filters, List<String> sort, int rows, int start,
                             List<String> facetFields, int facetLimit, int facetMinCount, boolean fullAccess,
                             boolean withDeleted) {

    /** Immutable: a query is also the key of its cached page ({@link CatalogueSearch}). */
    public CatalogueQuery {
        filters = List.copyOf(filters);
        sort = List.copyOf(sort);
        facetFields = List.copyOf(facetFields);
    }
}
