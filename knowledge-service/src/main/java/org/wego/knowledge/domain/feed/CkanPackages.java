package org.wego.knowledge.domain.feed;

import org.wego.knowledge.domain.resource.ResourceContent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Knowledge resources in CKAN's shapes (package dicts, Solr-style {@code fq} filters, facets), so existing CKAN
 * harvesters (ckanext-harvest, data.europa.eu, the HDX tooling) can read WeGO without a WeGO-specific client.
 */
public final class CkanPackages {

    /** The filterable and facetable fields, with how each is read from a package. */
    private static final Map<String, Function<DcatCatalogue.Entry, List<String>>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("groups", e -> list(e.content().themes()));
        FIELDS.put("tags", e -> list(e.content().tags()));
        FIELDS.put("country", e -> list(e.content().countries()));
        FIELDS.put("region", e -> list(e.content().regions()));
        FIELDS.put("city", e -> list(e.content().cities()));
        FIELDS.put("wego_type", e -> List.of(e.type()));
        FIELDS.put("language", e -> e.content().language() == null ? List.of() : List.of(e.content().language()));
        FIELDS.put("license_id", e -> e.content().licence() == null ? List.of("notspecified") : List.of(e.content().licence()));
        FIELDS.put("organization", e -> List.of("wego"));
        FIELDS.put("res_format", e -> e.content().links() == null ? List.of() : e.content().links().stream()
                .map(ResourceContent.Link::mediaType).filter(java.util.Objects::nonNull).map(CkanPackages::format).distinct().toList());
    }

    private CkanPackages() {
    }

    /** Field name → how its values are read from a package, in CKAN's names. */
    public static Map<String, Function<DcatCatalogue.Entry, List<String>>> fields() {
        return java.util.Collections.unmodifiableMap(FIELDS);
    }

    /** A CKAN package dict. */
    public static Map<String, Object> packageDict(DcatCatalogue.Entry e, String baseUrl) {
        ResourceContent c = e.content();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", e.id());
        p.put("name", e.id());
        p.put("title", c.title());
        p.put("notes", c.summary() + (c.body() == null ? "" : "\n\n" + c.body()));
        p.put("type", "dataset");
        p.put("state", "active");
        p.put("private", false);
        p.put("url", baseUrl + "/api/v1/knowledge/resources/" + e.id());
        p.put("metadata_created", e.issued().toString());
        p.put("metadata_modified", e.modified().toString());
        p.put("license_id", c.licence() == null ? "notspecified" : c.licence());
        p.put("license_title", c.licence() == null ? "License not specified" : c.licence());
        p.put("isopen", DcatCatalogue.open(c.licence()));
        p.put("organization", Map.of("name", "wego", "title", "World e-Government Organization of Cities and Local Governments",
                "type", "organization", "is_organization", true));
        p.put("owner_org", "wego");
        List<Map<String, Object>> tags = list(c.tags()).stream().map(t -> Map.<String, Object>of("name", t, "display_name", t)).toList();
        p.put("tags", tags);
        p.put("num_tags", tags.size());
        p.put("groups", list(c.themes()).stream().map(t -> Map.of("name", t, "title", t)).toList());
        List<Map<String, Object>> extras = new ArrayList<>();
        extras.add(Map.of("key", "wego_type", "value", e.type()));
        extras.add(Map.of("key", "language", "value", c.language() == null ? "en" : c.language()));
        if (c.countries() != null) {
            extras.add(Map.of("key", "countries", "value", String.join(",", c.countries())));
        }
        if (c.regions() != null) {
            extras.add(Map.of("key", "regions", "value", String.join(",", c.regions())));
        }
        if (c.cities() != null) {
            extras.add(Map.of("key", "cities", "value", String.join(",", c.cities())));
        }
        if (c.sdgs() != null) {
            extras.add(Map.of("key", "sdgs", "value", String.join(",", c.sdgs().stream().map(String::valueOf).toList())));
        }
        p.put("extras", extras);
        List<Map<String, Object>> resources = new ArrayList<>();
        if (c.links() != null) {
            for (int i = 0; i < c.links().size(); i++) {
                ResourceContent.Link l = c.links().get(i);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("id", e.id() + "-" + i);
                r.put("package_id", e.id());
                r.put("url", l.url());
                r.put("name", l.title() == null ? l.url() : l.title());
                r.put("format", l.mediaType() == null ? "" : format(l.mediaType()));
                r.put("mimetype", l.mediaType());
                r.put("size", l.sizeBytes());
                r.put("position", i);
                resources.add(r);
            }
        }
        p.put("resources", resources);
        p.put("num_resources", resources.size());
        return p;
    }

    static String format(String mediaType) {
        String sub = mediaType.substring(mediaType.indexOf('/') + 1);
        return switch (sub) {
            case "vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "XLSX";
            case "vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            default -> sub.toUpperCase(java.util.Locale.ROOT);
        };
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
