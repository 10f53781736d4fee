package org.wego.knowledge.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.knowledge.domain.resource.ResourceType;
import org.wego.knowledge.domain.search.SearchIndex;
import org.wego.knowledge.domain.search.SearchQuery;
import org.wego.knowledge.domain.search.SearchResult;
import org.wego.web.QueryParams;

@Path("/api/v1/knowledge/search")
@Tag(name = "Search", description = "Ranked full-text search with facets over the knowledge resources")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchIndex index;
    private final SecurityIdentity identity;

    public SearchResource(SearchIndex index, SecurityIdentity identity) {
        this.index = index;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "BM25 search (title boosted over summary, tags and body) with phrases (\"open data\"), prefixes "
            + "(digit*), boolean operators and typo tolerance; highlights; facet counts per dimension that honour every "
            + "other filter. Anonymous callers see PUBLISHED resources; editors also drafts (flagged draft: true)")
    @APIResponse(responseCode = "400", description = "Invalid query syntax, an over-long query, or an invalid filter")
    public SearchResult search(@QueryParam("q") @Size(max = 500) String q,
                               @QueryParam("type") String type,
                               @QueryParam("region") @Pattern(regexp = "ASIA|AFRICA|EUROPE|AMERICAS|MIDDLE_EAST|OCEANIA") String region,
                               @QueryParam("country") @Pattern(regexp = "[A-Z]{2}") String country,
                               @QueryParam("theme") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}") String theme,
                               @QueryParam("sdg") @Min(1) @Max(17) Integer sdg,
                               @QueryParam("year") @Min(1900) @Max(2200) Integer year,
                               @QueryParam("lang") @Pattern(regexp = "[a-z]{2}") String lang,
                               @QueryParam("sort") @DefaultValue("relevance") @Pattern(regexp = "relevance|newest") String sort,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(500) int page,
                               @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        ResourceType wanted = QueryParams.enumOrNull(ResourceType.class, type, "type");
        return index.search(new SearchQuery(q, wanted == null ? null : wanted.name(), region, country, theme, sdg, year,
                lang, "newest".equals(sort), page, size, Editors.of(identity)));
    }
}
