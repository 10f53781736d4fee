package org.wego.knowledge.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wego.knowledge.domain.search.CatalogueQuery;
import org.wego.knowledge.domain.search.CatalogueSearch;
import org.wego.knowledge.domain.search.CkanFilters;
import org.wego.web.ProblemException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A read-only CKAN Action API (v3, at {@code .../ckan/api/3/action/} and {@code .../ckan/api/action/}) over the
 * published catalogue, so CKAN harvesters and ckanapi clients work unchanged — served from the search index.
 * Answers and errors use CKAN's envelope ({@code help}, {@code success}, {@code result} / {@code error}) and status
 * codes (409 validation, 404 not found, 400 unknown action), because that is what those clients parse; error bodies
 * also carry the RFC 9457 members. Withdrawn datasets come back with {@code state: deleted} when asked for with
 * {@code include_deleted=true}, their {@code metadata_modified} the time of withdrawal.
 */
@Path(CkanResource.BASE)
@Tag(name = "Feeds")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class CkanResource {

    /** CKAN's versioned base path; the unversioned {@code …/api/action} reaches it too ({@link CkanBasePaths}). */
    static final String BASE = "/api/v1/knowledge/ckan/api/3/action";

    static final List<String> SORT_FIELDS = List.of("score", "id", "name", "title_string", "title", "metadata_modified",
            "metadata_created");
    private static final Pattern SORT_CLAUSE = Pattern.compile("\\s*([a-z_]+)(\\s+(asc|desc))?\\s*");

    private final CatalogueSearch catalogue;
    private final CkanAnswers answers;
    private final SecurityIdentity identity;
    private final ObjectMapper json;

    public CkanResource(CatalogueSearch catalogue, CkanAnswers answers, SecurityIdentity identity, ObjectMapper json) {
        this.catalogue = catalogue;
        this.answers = answers;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Path("/package_search")
    @Operation(summary = "CKAN package_search: q (WeGO search syntax; *:* = all); fq and fq_list (Solr syntax: field:value, "
            + "\"quoted\", -negation, OR/AND/NOT, (groups), field:[A TO B] with * on metadata_modified/metadata_created); "
            + "sort (comma-separated: score, id, name, title_string, metadata_modified, metadata_created with asc|desc; "
            + "ties end on id); rows (default 10, max 1000), start; facet.field (JSON list), facet.limit, facet.mincount; "
            + "include_deleted (withdrawn datasets as state=deleted); include_private, include_drafts accepted")
    public Response packageSearch(@QueryParam("q") String q, @QueryParam("fq") String fq,
                                  @QueryParam("fq_list") List<String> fqList, @QueryParam("facet.field") String facetFields,
                                  @QueryParam("facet.limit") String facetLimit, @QueryParam("facet.mincount") String facetMinCount,
                                  @QueryParam("sort") String sort, @QueryParam("rows") String rows,
                                  @QueryParam("start") String start, @QueryParam("include_deleted") String includeDeleted,
                                  @QueryParam("include_private") String includePrivate,
                                  @QueryParam("include_drafts") String includeDrafts, @Context UriInfo uri) {
        String help = answers.help(uri, "package_search");
        CatalogueQuery query;
        try {
            boolean all = q == null || q.isBlank() || q.trim().equals("*:*");
            List<String> filters = new ArrayList<>();
            if (fq != null && !fq.isBlank()) {
                filters.add(fq);
            }
            filters.addAll(listParam(fqList, "fq_list"));
            List<String> facets = facetFields == null || facetFields.isBlank() ? List.of()
                    : json.readValue(facetFields, new TypeReference<List<String>>() { });
            for (String f : facets) {
                if (!CkanFilters.facetable(f)) {
                    throw new IllegalArgumentException("facet.field '" + f + "' is not facetable; use one of "
                            + org.wego.knowledge.domain.feed.CkanPackages.fields().keySet());
                }
            }
            boolean withText = !all;
            query = new CatalogueQuery(all ? null : q.trim(), filters, sortClauses(sort, withText),
                    integer(rows, 10, 0, 1000, "rows"), integer(start, 0, 0, 1_000_000, "start"), facets,
                    integer(facetLimit, 50, -1, 10_000, "facet.limit"), integer(facetMinCount, 1, 0, 1_000_000, "facet.mincount"),
                    CatalogResource.fullAccess(identity), bool(includeDeleted, "include_deleted"));
            bool(includePrivate, "include_private");
            bool(includeDrafts, "include_drafts");
        } catch (JsonProcessingException e) {
            return answers.error(help, 409, "Validation Error", "facet.field must be a JSON list of field names");
        } catch (IllegalArgumentException e) {
            return answers.error(help, 409, "Validation Error", e.getMessage());
        }
        CatalogueSearch.Page page;
        try {
            page = catalogue.search(query);
        } catch (IllegalArgumentException e) {
            return answers.error(help, 409, "Search Query Error", e.getMessage());
        } catch (ProblemException e) {
            return answers.error(help, 409, "Search Query Error",
                    e.violations().isEmpty() ? e.getMessage() : e.violations().get(0).message());
        }
        return answers.ok(help, searchResult(page, query, CatalogResource.baseUrl(uri)));
    }

    @GET
    @Path("/package_show")
    @Operation(summary = "CKAN package_show?id= (id or name): one published dataset, or a withdrawn one with state=deleted")
    public Response packageShow(@QueryParam("id") String id, @Context UriInfo uri) {
        String help = answers.help(uri, "package_show");
        if (id == null || id.isBlank()) {
            return answers.error(help, 409, "Validation Error", "id: Missing value");
        }
        String pkg = id.length() > 200 ? null : catalogue.packageById(id.trim(), CatalogResource.fullAccess(identity));
        return pkg == null ? answers.error(help, 404, "Not Found Error", "Not found")
                : answers.ok(help, raw(pkg, CatalogResource.baseUrl(uri)));
    }

    @GET
    @Path("/package_list")
    @Operation(summary = "CKAN package_list: names of the published datasets visible to the caller, by name; limit, offset")
    public Response packageList(@QueryParam("limit") String limit, @QueryParam("offset") String offset,
                                @Context UriInfo uri) {
        String help = answers.help(uri, "package_list");
        try {
            int max = integer(limit, 1_000_000, 0, 1_000_000, "limit");
            int from = integer(offset, 0, 0, 1_000_000, "offset");
            return answers.ok(help, answers.names(new CatalogueQuery(null, List.of(), List.of("name asc"), max, from,
                    List.of(), 0, 1, CatalogResource.fullAccess(identity), false)));
        } catch (IllegalArgumentException e) {
            return answers.error(help, 409, "Validation Error", e.getMessage());
        }
    }

    @GET
    @Path("/{action}")
    @Operation(summary = "Other read actions: organization_list (all_fields, limit, offset), organization_show (id), "
            + "group_list (all_fields, limit, offset; themes as groups), group_show (id), status_show; anything else: "
            + "400 Action name not known")
    public Response other(@PathParam("action") String action, @QueryParam("id") String id,
                          @QueryParam("all_fields") String allFields, @QueryParam("limit") String limit,
                          @QueryParam("offset") String offset, @Context UriInfo uri) {
        return answers.other(action, id, allFields, limit, offset, uri, CatalogResource.fullAccess(identity));
    }

    private Map<String, Object> searchResult(CatalogueSearch.Page page, CatalogueQuery query, String base) {
        Map<String, Object> facets = new LinkedHashMap<>();
        Map<String, Object> searchFacets = new LinkedHashMap<>();
        page.facets().forEach((field, counts) -> {
            facets.put(field, counts);
            List<Map<String, Object>> items = new ArrayList<>();
            counts.forEach((name, count) -> items.add(Map.of("name", name, "display_name", name, "count", count)));
            searchFacets.put(field, Map.of("title", field, "items", items));
        });
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", page.count());
        result.put("sort", String.join(", ", query.sort()));
        result.put("facets", facets);
        result.put("search_facets", searchFacets);
        result.put("results", page.packages().stream().map(p -> raw(p, base)).toList());
        return result;
    }

    static RawValue raw(String storedPackage, String base) {
        return new RawValue(CatalogueSearch.render(storedPackage, base));
    }

    /** Each clause {@code field [asc|desc]}; without one: relevance for text, else newest change first. */
    static List<String> sortClauses(String sort, boolean withText) {
        if (sort == null || sort.isBlank()) {
            return withText ? List.of("score desc", "metadata_modified desc") : List.of("metadata_modified desc");
        }
        List<String> clauses = new ArrayList<>();
        for (String clause : sort.split(",")) {
            var m = SORT_CLAUSE.matcher(clause);
            if (!m.matches() || !SORT_FIELDS.contains(m.group(1))) {
                throw new IllegalArgumentException("sort: '" + clause.trim() + "' is not a field [asc|desc] of "
                        + SORT_FIELDS);
            }
            clauses.add(m.group(1) + " " + (m.group(3) == null ? "asc" : m.group(3)));
        }
        return clauses;
    }

    /** A list parameter given as repeated values or as one JSON list (ckanapi sends the latter). */
    private List<String> listParam(List<String> values, String name) throws JsonProcessingException {
        List<String> out = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            if (v.trim().startsWith("[")) {
                out.addAll(json.readValue(v, new TypeReference<List<String>>() { }));
            } else if (!v.isBlank()) {
                out.add(v);
            }
        }
        if (out.size() > 50) {
            throw new IllegalArgumentException(name + " may hold at most 50 filters");
        }
        return out;
    }

    static int integer(String value, int fallback, int min, int max, String name) {
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

    static boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw new IllegalArgumentException(name + ": must be true or false");
        };
    }
}
