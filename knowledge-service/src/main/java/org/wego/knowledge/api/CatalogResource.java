package org.wego.knowledge.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.knowledge.domain.feed.DcatCatalogue;
import org.wego.knowledge.domain.feed.JsonLdWriter;
import org.wego.knowledge.domain.feed.PublishedResources;
import org.wego.knowledge.domain.search.CatalogueQuery;
import org.wego.knowledge.domain.search.CatalogueSearch;
import org.wego.web.PageResponse;
import org.wego.web.CityAccess;
import org.wego.web.QueryParams;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@Path("/api/v1/knowledge/catalog")
@Tag(name = "Feeds", description = "DCAT-AP 3 catalogue and CKAN-compatible API over published resources")
public class CatalogResource {

    static final String JSON_LD = "application/ld+json";
    static final String TURTLE = "text/turtle";

    private final PublishedResources published;
    private final CatalogueSearch catalogue;
    private final SecurityIdentity identity;
    private final Clock clock;

    public CatalogResource(PublishedResources published, CatalogueSearch catalogue, SecurityIdentity identity,
                           Clock clock) {
        this.published = published;
        this.catalogue = catalogue;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @PermitAll
    @Produces({JSON_LD, TURTLE, "application/json"})
    @Operation(summary = "DCAT-AP 3 catalogue of published resources, newest change first, as JSON-LD (default) or "
            + "Turtle; page/size with Hydra links; updatedAfter (or modified_since) for incremental harvesting, which also "
            + "lists resources withdrawn since as catalogue records with adms:status Withdrawn. Partners and staff see "
            + "every published resource, anonymous callers those under an open licence")
    @APIResponse(responseCode = "400", description = "updatedAfter is not an ISO 8601 timestamp")
    public Response catalog(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
                            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size,
                            @QueryParam("updatedAfter") String updatedAfter,
                            @QueryParam("modified_since") String modifiedSince,
                            @Context HttpHeaders headers, @Context UriInfo uri) {
        Instant after = QueryParams.instantOrNull(updatedAfter, "updatedAfter");
        if (after == null) {
            after = QueryParams.instantOrNull(modifiedSince, "modified_since");
        }
        boolean turtle = headers.getAcceptableMediaTypes().stream().findFirst()
                .map(m -> m.getSubtype().equals("turtle")).orElse(false);
        FeedPage asked = new FeedPage(page, size, after, fullAccess(identity), baseUrl(uri), turtle);
        // Harvesters page the same catalogue again and again: a page is rendered once per version of the index.
        String body = catalogue.remembered(asked, () -> render(asked));
        return Response.ok(body).type((turtle ? TURTLE : JSON_LD) + "; charset=utf-8").build();
    }

    /** Everything a rendered catalogue page depends on besides the index. */
    private record FeedPage(int page, int size, Instant after, boolean fullAccess, String baseUrl, boolean turtle) {
    }

    private String render(FeedPage asked) {
        Instant after = asked.after();
        CatalogueSearch.Page found = catalogue.searchIds(new CatalogueQuery(null,
                after == null ? List.of() : List.of("metadata_modified:{" + after + " TO *]"),
                List.of("metadata_modified desc"), asked.size(), asked.page() * asked.size(), List.of(), 0, 1,
                asked.fullAccess(), after != null));
        PublishedResources.PageEntries entries = published.byIds(found.packages());
        Instant modified = entries.published().isEmpty() ? Instant.now(clock) : entries.published().get(0).modified();
        Model model = DcatCatalogue.build(asked.baseUrl(), entries.published(), entries.withdrawn(),
                new DcatCatalogue.Page(asked.page(), asked.size(), found.count(),
                        after == null ? null : "&updatedAfter=" + java.net.URLEncoder.encode(after.toString(),
                                java.nio.charset.StandardCharsets.UTF_8)), modified);
        StringWriter out = new StringWriter();
        if (asked.turtle()) {
            RDFDataMgr.write(out, model, RDFFormat.TURTLE_BLOCKS); // a third cheaper than TURTLE_PRETTY, same Turtle
        } else {
            JsonLdWriter.write(model, out);
        }
        return out.toString();
    }

    static boolean fullAccess(SecurityIdentity identity) {
        return !identity.isAnonymous() && (identity.hasRole("partner") || CityAccess.isStaff(identity));
    }

    /** Links in the feed use the host the client called (X-Forwarded-* honoured), so they work behind the gateway. */
    static String baseUrl(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
