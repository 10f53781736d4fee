package org.wego.knowledge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Tokens;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ckanext-harvest's CKAN harvester (ckanharvester.py, gather stage) replayed request for request against the facade:
 * {@code package_search} pages of {@code rows=100}, {@code sort=id asc}, {@code start} moved by the page size until
 * an empty page, duplicates across pages weeded out, identical consecutive pages treated as broken paging; for an
 * incremental run the extra term {@code metadata_modified:[<last gather start, Python isoformat>Z TO *]}. The fq
 * also carries this test's own tag (the harvester's filter terms are joined the same way) so other tests' data
 * stays out of the counts.
 */
@QuarkusTest
class CkanHarvesterTest {

    static final String SEARCH = "/api/v1/knowledge/ckan/api/3/action/package_search";

    /** The harvester's _search_for_datasets: every page, every dataset once. */
    static List<Map<String, Object>> searchForDatasets(List<String> fqTerms, Map<String, String> extra) {
        int rows = 100;
        int start = 0;
        String previous = null;
        Set<String> ids = new HashSet<>();
        List<Map<String, Object>> datasets = new ArrayList<>();
        while (true) {
            Response r = given().queryParam("rows", rows).queryParam("start", start).queryParam("sort", "id asc")
                    .queryParam("fq", String.join(" ", fqTerms)).queryParams(extra).get(SEARCH);
            assertEquals(200, r.statusCode(), r.asString());
            String content = r.asString();
            assertFalse(content.equals(previous), "The paging doesn't seem to work (two identical pages)");
            previous = content;
            List<Map<String, Object>> page = r.jsonPath().getList("result.results");
            for (Map<String, Object> p : page) {
                assertTrue(ids.add((String) p.get("id")), "a dataset came twice: " + p.get("id"));
                datasets.add(p);
            }
            if (page.isEmpty()) {
                return datasets;
            }
            start += rows;
        }
    }

    /** Python's datetime.isoformat() of a UTC time: microseconds, no zone (the harvester appends the Z). */
    static String isoformat(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
        String seconds = local.withNano(0).format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        int micros = local.getNano() / 1000;
        return micros == 0 ? seconds : seconds + String.format(".%06d", micros);
    }

    @Test
    void aFullHarvestThenAnIncrementalOneImportEveryDatasetOnceAndSeeTheWithdrawal() {
        String tag = SearchResourceTest.word();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 105; i++) {
            created.add(ResourceResourceTest.published(practice("Harvested " + i, tag)));
        }

        List<Map<String, Object>> first = searchForDatasets(List.of("tags:" + tag), Map.of());
        assertEquals(Set.copyOf(created), first.stream().map(p -> (String) p.get("id")).collect(Collectors.toSet()),
                "the full run imports every dataset once, over two pages and an empty third");
        List<String> order = first.stream().map(p -> (String) p.get("id")).toList();
        assertEquals(order.stream().sorted().toList(), order, "sort=id asc");

        Instant lastGatherStarted = Instant.now();
        String changed = created.get(3);
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .header("If-Match", "*").body(Map.of("summary", "Revised after the first harvest")).patch("/api/v1/knowledge/resources/" + changed)
                .then().statusCode(200);
        String withdrawn = created.get(7);
        ResourceResourceTest.move(withdrawn, "ARCHIVED", null);
        String added = ResourceResourceTest.published(practice("Harvested later", tag));

        String since = "metadata_modified:[" + isoformat(lastGatherStarted) + "Z TO *]";
        List<Map<String, Object>> incremental = searchForDatasets(List.of("tags:" + tag, since), Map.of());
        assertEquals(Set.of(changed, added), incremental.stream().map(p -> (String) p.get("id")).collect(Collectors.toSet()),
                "the incremental run imports what changed or appeared since the last one");
        assertEquals("Revised after the first harvest", incremental.stream().filter(p -> p.get("id").equals(changed))
                .findFirst().orElseThrow().get("notes").toString().split("\n")[0]);

        // A deletion-aware client asks for deleted datasets too: the withdrawal is there, marked.
        List<Map<String, Object>> withDeletions = searchForDatasets(List.of("tags:" + tag, since),
                Map.of("include_deleted", "true"));
        Map<String, String> states = new LinkedHashMap<>();
        withDeletions.forEach(p -> states.put((String) p.get("id"), (String) p.get("state")));
        assertEquals(Map.of(changed, "active", added, "active", withdrawn, "deleted"), states);

        List<Map<String, Object>> full = searchForDatasets(List.of("tags:" + tag), Map.of());
        assertEquals(105, full.size(), "a new full run: 104 of the first and the added one; the withdrawn one is gone");
        assertFalse(full.stream().anyMatch(p -> p.get("id").equals(withdrawn)));
    }

    static Map<String, Object> practice(String title, String tag) {
        return new HashMap<>(Map.of("type", "REPORT", "title", title + " " + tag, "summary", "For the harvester",
                "licence", "CC-BY-4.0", "tags", List.of(tag)));
    }
}
