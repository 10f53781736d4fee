package org.wego.knowledge.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.knowledge.domain.feed.CkanPackages;
import org.wego.knowledge.domain.feed.DcatCatalogue;
import org.wego.knowledge.domain.feed.PublishedResources;
import org.wego.knowledge.domain.resource.Editor;
import org.wego.knowledge.domain.search.SearchIndex;
import org.wego.web.ProblemException;
import org.wego.web.RequestIds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only CKAN Action API (v3) over published resources, so CKAN harvesters work unchanged. Answers and errors
 * use CKAN's envelope ({@code help}, {@code success}, {@code result} / {@code error}) because that is what those
 * clients parse; error bodies also carry the RFC 9457 members (type, title, status, detail, requestId).
 */
@Path("/api/v1/knowledge/ckan/api/3/action")
@Tag(name = "Feeds")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CkanResource {

    private final PublishedResources catalog;
    private final SearchIndex index;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    @Context
    io.vertx.core.http.HttpServerRequest request;

    public CkanResource(PublishedResources catalog, SearchIndex index, SecurityIdentity identity, ObjectMapper json) {
        this.catalog = catalog;
        this.index = index;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Path("/package_search")
    @Operation(summary = "CKAN package_search: q (WeGO search syntax; *:* = all), fq (field:value or field:\"value\" on "
            + "groups, tags, country, region, city, wego_type, language, license_id, organization, res_format), "
            + "facet.field (JSON list), facet.limit, sort (score desc | metadata_modified desc | title_string asc), rows, start")
    public Response packageSearch(@QueryParam("q") String q, @QueryParam("fq") String fq,
                                  @QueryParam("facet.field") String facetFields, @QueryParam("facet.limit") String facetLimit,
                                  @QueryParam("sort") String sort, @QueryParam("rows") String rows,
                                  @QueryParam("start") String start, @Context UriInfo uri) {
        String help = help(uri, "package_search");
        int rowCount;
        int offset;
        int limit;
        List<String> facetList;
        List<CkanPackages.Condition> conditions;
        try {
            rowCount = integer(rows, 10, 0, 1000, "rows");
            offset = integer(start, 0, 0, 100_000, "start");
            limit = integer(facetLimit, 50, -1, 1000, "facet.limit");
            facetList = facetFields == null ? List.of() : json.readValue(facetFields, new TypeReference<List<String>>() { });
            for (String f : facetList) {
                if (!CkanPackages.facetable(f)) {
                    throw new IllegalArgumentException("facet.field '" + f + "' is not facetable");
                }
            }
            conditions = CkanPackages.parseFq(fq);
        } catch (JsonProcessingException e) {
            return error(help, 409, "Validation Error", "facet.field must be a JSON list of field names");
        } catch (IllegalArgumentException e) {
            return error(help, 409, "Validation Error", e.getMessage());
        }
        String order = sort == null ? (q == null || q.isBlank() || q.equals("*:*") ? "metadata_modified desc" : "score desc") : sort.trim();
        if (!List.of("score desc", "metadata_modified desc", "title_string asc", "metadata_created desc").contains(order)) {
            return error(help, 409, "Validation Error", "sort must be score desc, metadata_modified desc, metadata_created desc or title_string asc");
        }
        List<DcatCatalogue.Entry> found = catalog.list(null, CatalogResource.fullAccess(identity));
        found = found.stream().filter(e -> conditions.stream().allMatch(c -> c.matchesEntry(e))).toList();
        if (q != null && !q.isBlank() && !q.equals("*:*")) {
            List<String> ranked;
            try {
                ranked = index.matchingIds(q, Editor.ANONYMOUS, 100_000);
            } catch (ProblemException e) {
                return error(help, 409, "Search Query Error", e.violations().isEmpty() ? e.getMessage() : e.violations().get(0).message());
            }
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < ranked.size(); i++) {
                position.put(ranked.get(i), i);
            }
            found = found.stream().filter(e -> position.containsKey(e.id())).toList();
            if (order.equals("score desc")) {
                found = found.stream().sorted(Comparator.comparing(e -> position.get(e.id()))).toList();
            }
        }
        if (order.equals("title_string asc")) {
            found = found.stream().sorted(Comparator.comparing((DcatCatalogue.Entry e) -> e.content().title().toLowerCase())).toList();
        } else if (order.equals("metadata_created desc")) {
            found = found.stream().sorted(Comparator.comparing(DcatCatalogue.Entry::issued).reversed()).toList();
        }
        String base = CatalogResource.baseUrl(uri);
        List<Map<String, Object>> results = new ArrayList<>();
        found.stream().skip(offset).limit(rowCount).forEach(e -> results.add(CkanPackages.packageDict(e, base)));
        Map<String, Object> searchFacets = CkanPackages.facets(found, facetList, limit);
        Map<String, Object> facets = new LinkedHashMap<>();
        searchFacets.forEach((field, value) -> {
            Map<String, Integer> plain = new LinkedHashMap<>();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) ((Map<String, Object>) value).get("items");
            items.forEach(i -> plain.put((String) i.get("name"), (Integer) i.get("count")));
            facets.put(field, plain);
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", found.size());
        result.put("sort", order);
        result.put("facets", facets);
        result.put("search_facets", searchFacets);
        result.put("results", results);
        return ok(help, result);
    }

    @GET
    @Path("/package_show")
    @Operation(summary = "CKAN package_show?id=: one published resource as a CKAN package")
    public Response packageShow(@QueryParam("id") String id, @Context UriInfo uri) {
        String help = help(uri, "package_show");
        if (id == null || id.isBlank()) {
            return error(help, 409, "Validation Error", "id: Missing value");
        }
        return catalog.list(null, CatalogResource.fullAccess(identity)).stream().filter(e -> e.id().equals(id)).findFirst()
                .map(e -> ok(help, CkanPackages.packageDict(e, CatalogResource.baseUrl(uri))))
                .orElseGet(() -> error(help, 404, "Not Found Error", "Not found"));
    }

    @GET
    @Path("/package_list")
    @Operation(summary = "CKAN package_list: the names (ids) of every published resource visible to the caller")
    public Response packageList(@Context UriInfo uri) {
        return ok(help(uri, "package_list"), catalog.list(null, CatalogResource.fullAccess(identity)).stream()
                .map(DcatCatalogue.Entry::id).toList());
    }

    private static Response ok(String help, Object result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", help);
        body.put("success", true);
        body.put("result", result);
        return Response.ok(body).build();
    }

    private Response error(String help, int status, String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", help);
        body.put("success", false);
        body.put("error", Map.of("__type", type, "message", message));
        body.put("type", "https://wego.example/problems/ckan-" + type.toLowerCase().replace(' ', '-'));
        body.put("title", type);
        body.put("status", status);
        body.put("detail", message);
        body.put("requestId", request == null ? null : request.getHeader(RequestIds.HEADER));
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON).build();
    }

    private static String help(UriInfo uri, String action) {
        return CatalogResource.baseUrl(uri) + "/api/v1/knowledge/ckan/api/3/action/help_show?name=" + action;
    }

    private static int integer(String value, int fallback, int min, int max, String name) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(value.trim());
            if (v < min || v > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": Invalid integer");
        }
    }
}
