package org.wego.knowledge.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.wego.knowledge.domain.search.CatalogueQuery;
import org.wego.knowledge.domain.search.CatalogueSearch;
import org.wego.web.RequestIds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CKAN's envelope and the small read actions around package_search: one organization (WeGO), the themes as groups,
 * {@code status_show}, and CKAN's answer to an action it does not know.
 */
@RequestScoped
public class CkanAnswers {

    static final String ORGANIZATION = "wego";
    static final String ORGANIZATION_TITLE = "World e-Government Organization of Cities and Local Governments";

    private final CatalogueSearch catalogue;
    private final HttpServerRequest request;
    private final ObjectMapper json;

    public CkanAnswers(CatalogueSearch catalogue, HttpServerRequest request, ObjectMapper json) {
        this.catalogue = catalogue;
        this.request = request;
        this.json = json;
    }

    Response other(String action, String id, String allFields, String limit, String offset, UriInfo uri,
                   boolean fullAccess) {
        String help = help(uri, action);
        try {
            boolean full = CkanResource.bool(allFields, "all_fields");
            int max = CkanResource.integer(limit, 1000, 0, 1000, "limit");
            int from = CkanResource.integer(offset, 0, 0, 1_000_000, "offset");
            return switch (action) {
                case "organization_list" -> ok(help, page(List.of(organization(count(fullAccess, null), uri)), full, from, max));
                case "organization_show" -> id == null || id.isBlank() ? error(help, 409, "Validation Error", "id: Missing value")
                        : ORGANIZATION.equals(id.trim()) ? ok(help, organization(count(fullAccess, null), uri))
                        : error(help, 404, "Not Found Error", "Organization not found");
                case "group_list" -> ok(help, page(groups(fullAccess), full, from, max));
                case "group_show" -> id == null || id.isBlank() ? error(help, 409, "Validation Error", "id: Missing value")
                        : groups(fullAccess).stream().filter(g -> g.get("name").equals(id.trim())).findFirst()
                        .map(g -> ok(help, g)).orElseGet(() -> error(help, 404, "Not Found Error", "Group not found"));
                case "status_show" -> ok(help, Map.of("site_title", "WeGO knowledge", "site_url", CatalogResource.baseUrl(uri),
                        "site_description", "Good practices, reports, tools and programmes of WeGO member cities",
                        "ckan_version", "2.10.0", "locale_default", "en", "extensions", List.of("wego-readonly-facade")));
                case "help_show" -> ok(help, "WeGO's read-only CKAN Action API: package_search, package_show, package_list, "
                        + "organization_list, organization_show, group_list, group_show, status_show. See /q/openapi.");
                default -> error(help, 400, "Bad Request", "Bad request - Action name not known: " + action);
            };
        } catch (IllegalArgumentException e) {
            return error(help, 409, "Validation Error", e.getMessage());
        }
    }

    /** Dataset names of one page, by name. */
    List<String> names(CatalogueQuery query) throws IllegalArgumentException {
        List<String> names = new ArrayList<>();
        try {
            for (String pkg : catalogue.search(query).packages()) {
                names.add(json.readTree(pkg).get("name").asText());
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    private long count(boolean fullAccess, String group) {
        List<String> filters = group == null ? List.of() : List.of("groups:\"" + group.replace("\"", "") + "\"");
        return catalogue.search(new CatalogueQuery(null, filters, List.of("id asc"), 0, 0, List.of(), 0, 1, fullAccess,
                false)).count();
    }

    private List<Map<String, Object>> groups(boolean fullAccess) {
        CatalogueSearch.Page all = catalogue.search(new CatalogueQuery(null, List.of(), List.of("id asc"), 0, 0,
                List.of("groups"), -1, 1, fullAccess, false));
        List<Map<String, Object>> groups = new ArrayList<>();
        all.facets().getOrDefault("groups", Map.of()).entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(g -> {
                    Map<String, Object> group = new LinkedHashMap<>();
                    group.put("id", g.getKey());
                    group.put("name", g.getKey());
                    group.put("title", g.getKey());
                    group.put("display_name", g.getKey());
                    group.put("type", "group");
                    group.put("state", "active");
                    group.put("is_organization", false);
                    group.put("package_count", g.getValue());
                    groups.add(group);
                });
        return groups;
    }

    private static Map<String, Object> organization(long packages, UriInfo uri) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("id", ORGANIZATION);
        org.put("name", ORGANIZATION);
        org.put("title", ORGANIZATION_TITLE);
        org.put("display_name", ORGANIZATION_TITLE);
        org.put("type", "organization");
        org.put("state", "active");
        org.put("is_organization", true);
        org.put("image_url", "");
        org.put("description", "WeGO: cities and local governments for e-government (" + CatalogResource.baseUrl(uri) + ")");
        org.put("package_count", packages);
        return org;
    }

    /** CKAN lists: names only, or the whole dicts with {@code all_fields=true}. */
    private static List<Object> page(List<Map<String, Object>> items, boolean allFields, int offset, int limit) {
        return items.stream().skip(offset).limit(limit).map(i -> allFields ? i : i.get("name")).toList();
    }

    Response ok(String help, Object result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", help);
        body.put("success", true);
        body.put("result", result);
        return Response.ok(body).build();
    }

    Response error(String help, int status, String type, String message) {
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

    String help(UriInfo uri, String action) {
        return CatalogResource.baseUrl(uri) + "/api/v1/knowledge/ckan/api/3/action/help_show?name=" + action;
    }
}
