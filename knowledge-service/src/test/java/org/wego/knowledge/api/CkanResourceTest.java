package org.wego.knowledge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CKAN Action API as a harvester calls it: envelope, package dicts, fq, facets, paging, errors. */
@QuarkusTest
class CkanResourceTest {

    static final String ACTION = "/api/v1/knowledge/ckan/api/3/action/";

    @Test
    void packageSearchWithFiltersFacetsAndPaging() {
        String tag = SearchResourceTest.word();
        Map<String, Object> a = new HashMap<>(Map.of("type", "REPORT", "title", "Alpha " + tag, "summary", "s",
                "licence", "CC-BY-4.0", "tags", List.of(tag), "themes", List.of("OPEN_CITY"), "countries", List.of("KR"),
                "links", List.of(Map.of("url", "https://x.example/a.pdf", "mediaType", "application/pdf"))));
        Map<String, Object> b = new HashMap<>(a);
        b.put("title", "Beta " + tag);
        b.put("themes", List.of("SERVICES"));
        b.put("countries", List.of("KE"));
        Map<String, Object> hidden = new HashMap<>(a);
        hidden.put("title", "Gamma " + tag);
        hidden.remove("licence");
        String alpha = ResourceResourceTest.published(a);
        String beta = ResourceResourceTest.published(b);
        String gamma = ResourceResourceTest.published(hidden);

        JsonPath all = given().queryParam("fq", "tags:" + tag).queryParam("facet.field", "[\"groups\",\"country\"]")
                .queryParam("sort", "title_string asc").get(ACTION + "package_search")
                .then().statusCode(200).contentType(containsString("application/json")).extract().jsonPath();
        assertEquals(true, all.getBoolean("success"));
        assertEquals(2, all.getInt("result.count"), "anonymous: the unlicensed one is not in the feed");
        assertEquals(List.of(alpha, beta), all.getList("result.results.id"));
        assertEquals(1, all.getInt("result.facets.groups.OPEN_CITY"));
        assertEquals("KE", all.getString("result.search_facets.country.items[0].name"));
        assertEquals("PDF", all.getString("result.results[0].resources[0].format"));
        assertEquals("wego", all.getString("result.results[0].organization.name"));

        JsonPath partner = given().auth().oauth2(Tokens.ofClient("worldbank-feed", "worldbank-feed-secret"))
                .queryParam("fq", "tags:" + tag + " AND groups:OPEN_CITY").queryParam("rows", 1).queryParam("start", 1)
                .get(ACTION + "package_search").then().statusCode(200).extract().jsonPath();
        assertEquals(2, partner.getInt("result.count"), "partners also see the unlicensed one");
        assertEquals(1, partner.getList("result.results").size());

        JsonPath text = given().queryParam("q", "Beta " + tag).queryParam("fq", "tags:" + tag).get(ACTION + "package_search")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(beta, text.getString("result.results[0].id"));
        assertTrue(!text.getList("result.results.id").contains(gamma));

        given().queryParam("id", alpha).get(ACTION + "package_show").then().statusCode(200)
                .body("success", equalTo(true)).body("result.title", equalTo("Alpha " + tag))
                .body("result.tags.name", hasItem(tag)).body("result.license_id", equalTo("CC-BY-4.0"));
        given().get(ACTION + "package_list").then().statusCode(200).body("result", hasItem(alpha)).body("result", not(hasItem(gamma)));
    }

    @Test
    void errorsLookLikeCkanErrors() {
        given().queryParam("id", "nope").get(ACTION + "package_show").then().statusCode(404)
                .body("success", equalTo(false)).body("error.__type", equalTo("Not Found Error"))
                .body("status", equalTo(404)).body("requestId", org.hamcrest.Matchers.notNullValue());
        given().queryParam("rows", "many").get(ACTION + "package_search").then().statusCode(409)
                .body("error.__type", equalTo("Validation Error"));
        given().queryParam("fq", "secret_field:x").get(ACTION + "package_search").then().statusCode(409)
                .body("error.message", containsString("not searchable"));
        given().queryParam("facet.field", "groups").get(ACTION + "package_search").then().statusCode(409);
        given().queryParam("q", "title:(").get(ACTION + "package_search").then().statusCode(409)
                .body("error.__type", equalTo("Search Query Error"));
        given().get(ACTION + "package_show").then().statusCode(409).body("error.message", containsString("id"));
    }

    @Test
    void solrFilterSyntaxSortsAndPagingAsCkanClientsUseThem() {
        String tag = SearchResourceTest.word();
        Map<String, Object> base = new HashMap<>(Map.of("type", "REPORT", "summary", "s", "licence", "CC-BY-4.0",
                "tags", List.of(tag)));
        Map<String, Object> kr = new HashMap<>(base);
        kr.putAll(Map.of("title", "Zeta " + tag, "countries", List.of("KR"), "themes", List.of("OPEN_CITY")));
        Map<String, Object> ke = new HashMap<>(base);
        ke.putAll(Map.of("title", "Eta " + tag, "countries", List.of("KE"), "themes", List.of("SERVICES")));
        Map<String, Object> es = new HashMap<>(base);
        es.putAll(Map.of("title", "Theta " + tag, "countries", List.of("ES"), "themes", List.of("SERVICES")));
        String zeta = ResourceResourceTest.published(kr);
        String eta = ResourceResourceTest.published(ke);
        String theta = ResourceResourceTest.published(es);

        assertEquals(List.of(eta, theta), ids("tags:" + tag + " AND (country:KE OR country:ES)", "title_string asc"));
        assertEquals(List.of(eta, theta), ids("tags:" + tag + " -country:KR", "title_string asc"));
        assertEquals(List.of(zeta), ids("+tags:" + tag + " NOT groups:SERVICES", "title_string asc"));
        assertEquals(List.of(theta, eta, zeta), ids("tags:\"" + tag + "\"", "metadata_modified desc"));
        List<String> byId = ids("tags:" + tag, "id asc");
        assertEquals(byId.stream().sorted().toList(), byId);
        assertEquals(List.of(zeta, eta, theta), ids("tags:" + tag + " metadata_created:[2000-01-01 TO *]",
                "metadata_created asc"));
        assertEquals(List.of(), ids("tags:" + tag + " metadata_modified:[* TO 2001-01-01T00:00:00Z]", "id asc"));
        assertEquals(3, ids("tags:" + tag + " metadata_modified:[NOW-1DAY TO *]".replace("NOW-1DAY",
                java.time.Instant.now().minusSeconds(86_400).toString()), "score desc, metadata_modified desc").size());

        // paging: start past the end answers an empty page, not an error; rows=0 answers the count only
        given().queryParam("fq", "tags:" + tag).queryParam("start", 3).get(ACTION + "package_search").then()
                .statusCode(200).body("result.count", equalTo(3)).body("result.results.size()", equalTo(0));
        given().queryParam("fq", "tags:" + tag).queryParam("rows", 0).get(ACTION + "package_search").then()
                .statusCode(200).body("result.count", equalTo(3)).body("result.results.size()", equalTo(0));
        // ckanapi: /api/action/ without the version, fq_list as one JSON list, facet.mincount
        given().queryParam("fq_list", "[\"tags:" + tag + "\", \"groups:SERVICES\"]")
                .queryParam("facet.field", "[\"country\"]").queryParam("facet.mincount", 1)
                .get("/api/v1/knowledge/ckan/api/action/package_search").then().statusCode(200)
                .body("result.count", equalTo(2)).body("result.facets.country.KE", equalTo(1))
                .body("result.facets.country.KR", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void organizationsGroupsStatusAndUnknownActionsAsCkanAnswersThem() {
        given().get(ACTION + "organization_list").then().statusCode(200).body("result", equalTo(List.of("wego")));
        given().queryParam("all_fields", true).get(ACTION + "organization_list").then().statusCode(200)
                .body("result[0].name", equalTo("wego")).body("result[0].is_organization", equalTo(true));
        given().queryParam("id", "wego").get(ACTION + "organization_show").then().statusCode(200)
                .body("result.type", equalTo("organization"));
        given().queryParam("id", "nobody").get(ACTION + "organization_show").then().statusCode(404)
                .body("error.__type", equalTo("Not Found Error"));
        given().queryParam("all_fields", true).get(ACTION + "group_list").then().statusCode(200)
                .body("result.name", hasItem("OPEN_CITY"));
        given().get(ACTION + "status_show").then().statusCode(200).body("result.ckan_version", containsString("2."));
        given().get(ACTION + "package_create").then().statusCode(400).body("success", equalTo(false))
                .body("error.message", containsString("Action name not known"));
        given().queryParam("include_deleted", "maybe").get(ACTION + "package_search").then().statusCode(409);
        given().queryParam("sort", "popularity desc").get(ACTION + "package_search").then().statusCode(409)
                .body("error.message", containsString("sort"));
        given().queryParam("fq", "metadata_modified:[yesterday TO *]").get(ACTION + "package_search").then()
                .statusCode(409).body("error.message", containsString("not a date"));
    }

    private static List<String> ids(String fq, String sort) {
        return given().queryParam("fq", fq).queryParam("sort", sort).queryParam("rows", 100)
                .get(ACTION + "package_search").then().statusCode(200).extract().jsonPath().getList("result.results.id");
    }
}
