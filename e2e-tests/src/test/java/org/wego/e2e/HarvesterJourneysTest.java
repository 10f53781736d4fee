package org.wego.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journey 7 — the catalogue harvesters of data partners, through the gateway, anonymous as they run: ckanext-harvest's
 * CKAN gather stage (package_search pages of rows=100, sort=id asc, until an empty page; an incremental run adds
 * metadata_modified:[last run TO *]) and a DCAT paging harvester following hydra:next as the links give it; a full run,
 * then updates and a withdrawal, then the incremental runs, which must bring the update and the deletion.
 */
class HarvesterJourneysTest {

    private static final String CKAN = "/api/v1/knowledge/ckan/api/3/action/package_search";

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
    }

    @Test
    void ckanAndDcatHarvestersImportEachDatasetOnceThenTheIncrementWithTheWithdrawal() {
        long started = System.nanoTime();
        String secretariat = Tokens.of("secretariat");
        String tag = "harvest" + Journeys.unique("t").replace("-", "");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            created.add(published(secretariat, "Harvested practice " + i + " " + tag, tag));
        }

        // First runs: everything, once.
        List<Map<String, Object>> ckanFirst = gather(List.of("tags:" + tag), Map.of());
        assertEquals(Set.copyOf(created), ids(ckanFirst));
        Map<String, Integer> dcatFirst = new HashMap<>();
        dcat(Stack.gatewayUrl() + "/api/v1/knowledge/catalog?size=5", dcatFirst, new ArrayList<>());
        assertTrue(dcatFirst.keySet().containsAll(created), "the DCAT walk reaches every new dataset");
        assertTrue(dcatFirst.values().stream().allMatch(n -> n == 1), "no dataset on two pages");

        Instant lastRun = Instant.now();
        String revised = created.get(2);
        String read = given().get("/api/v1/knowledge/resources/" + revised).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).header("If-Match", read)
                .body(Map.of("summary", "Revised after the harvest"))
                .patch("/api/v1/knowledge/resources/" + revised).then().statusCode(200);
        String withdrawn = created.get(5);
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(Map.of("to", "ARCHIVED"))
                .post("/api/v1/knowledge/resources/" + withdrawn + "/transitions").then().statusCode(200);

        // Incremental CKAN run (the harvester's own fq), then with deletions as a deletion-aware client asks.
        String since = "metadata_modified:[" + isoformat(lastRun) + "Z TO *]";
        assertEquals(Set.of(revised), ids(gather(List.of("tags:" + tag, since), Map.of())));
        Map<String, String> states = new LinkedHashMap<>();
        gather(List.of("tags:" + tag, since), Map.of("include_deleted", "true"))
                .forEach(p -> states.put((String) p.get("id"), (String) p.get("state")));
        assertEquals(Map.of(revised, "active", withdrawn, "deleted"), states);

        // Incremental DCAT run: the revised dataset, and the withdrawal as a catalogue record.
        Map<String, Integer> dcatIncrement = new HashMap<>();
        List<String> dcatWithdrawn = new ArrayList<>();
        dcat(Stack.gatewayUrl() + "/api/v1/knowledge/catalog?size=2&updatedAfter="
                + URLEncoder.encode(lastRun.toString(), StandardCharsets.UTF_8), dcatIncrement, dcatWithdrawn);
        assertEquals(Map.of(revised, 1), dcatIncrement);
        assertEquals(List.of(withdrawn), dcatWithdrawn);
        Journeys.report("7 (CKAN and DCAT harvesters)", started);
    }

    private static String published(String token, String title, String tag) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("type", "GOOD_PRACTICE", "title", title, "summary", "For the harvesters",
                        "licence", "CC-BY-4.0", "tags", List.of(tag)))
                .post("/api/v1/knowledge/resources").then().statusCode(201).extract().path("id");
        for (String to : List.of("IN_REVIEW", "PUBLISHED")) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("to", to))
                    .post("/api/v1/knowledge/resources/" + id + "/transitions").then().statusCode(200);
        }
        return id;
    }

    /** ckanharvester.py's _search_for_datasets: pages of 100 by id until an empty page; a repeated page is an error. */
    private static List<Map<String, Object>> gather(List<String> fq, Map<String, String> extra) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String previous = null;
        for (int start = 0; ; start += 100) {
            Response r = given().queryParam("rows", 100).queryParam("start", start).queryParam("sort", "id asc")
                    .queryParam("fq", String.join(" ", fq)).queryParams(extra).get(CKAN);
            assertEquals(200, r.statusCode(), r.asString());
            assertFalse(r.asString().equals(previous), "two identical pages");
            previous = r.asString();
            List<Map<String, Object>> page = r.jsonPath().getList("result.results");
            if (page.isEmpty()) {
                return datasets;
            }
            page.forEach(p -> assertTrue(seen.add((String) p.get("id")), "a dataset came twice"));
            datasets.addAll(page);
        }
    }

    /** Follows hydra:next as given (absolute links a harvester outside can follow); counts datasets and withdrawals. */
    private static void dcat(String url, Map<String, Integer> datasets, List<String> withdrawn) {
        Model vocabulary = ModelFactory.createDefaultModel();
        Property next = vocabulary.createProperty("http://www.w3.org/ns/hydra/core#next");
        Property status = vocabulary.createProperty("http://www.w3.org/ns/adms#status");
        Property primaryTopic = vocabulary.createProperty("http://xmlns.com/foaf/0.1/primaryTopic");
        int pages = 0;
        for (String page = url; page != null; pages++) {
            assertTrue(page.startsWith(Stack.gatewayUrl()), "paging links point at the gateway: " + page);
            String body = given().urlEncodingEnabled(false).accept("text/turtle").get(page).then().statusCode(200)
                    .extract().asString();
            Model model = RDFParser.fromString(body, Lang.TURTLE).toModel();
            model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).forEachRemaining(d ->
                    datasets.merge(d.getURI().substring(d.getURI().lastIndexOf('/') + 1), 1, Integer::sum));
            model.listSubjectsWithProperty(status).forEachRemaining(r -> {
                String topic = r.getPropertyResourceValue(primaryTopic).getURI();
                withdrawn.add(topic.substring(topic.lastIndexOf('/') + 1));
            });
            var links = model.listObjectsOfProperty(next).toList();
            page = links.isEmpty() ? null : links.get(0).asResource().getURI();
            assertTrue(pages < 10_000, "paging never ends");
        }
    }

    private static Set<String> ids(List<Map<String, Object>> datasets) {
        Set<String> ids = new HashSet<>();
        datasets.forEach(d -> ids.add((String) d.get("id")));
        return ids;
    }

    /** Python's datetime.isoformat() of a UTC time, as the harvester writes its last run (it appends the Z). */
    private static String isoformat(Instant t) {
        LocalDateTime local = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
        String seconds = local.withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        int micros = local.getNano() / 1000;
        return micros == 0 ? seconds : seconds + String.format(".%06d", micros);
    }
}
