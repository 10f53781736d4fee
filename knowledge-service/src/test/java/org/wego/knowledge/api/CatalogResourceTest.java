package org.wego.knowledge.api;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Tokens;

import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.testsupport.Problems.problem;

/**
 * The DCAT-AP feed is validated with Apache Jena SHACL against the official DCAT-AP 3.0.0 shapes (a copy of
 * ../shared/reference/dcat-ap/dcat-ap-3.0.0-SHACL.ttl in test resources): zero violations.
 */
@QuarkusTest
class CatalogResourceTest {

    static final String CATALOG = "/api/v1/knowledge/catalog";

    static Shapes shapes() throws Exception {
        try (InputStream in = CatalogResourceTest.class.getResourceAsStream("/dcat-ap/dcat-ap-3.0.0-SHACL.ttl")) {
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, in, Lang.TURTLE);
            return Shapes.parse(m.getGraph());
        }
    }

    static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(m);
        return m;
    }

    static String richResource(String licence) {
        Map<String, Object> body = new HashMap<>(Map.of("type", "REPORT", "title", "Open data in Seoul",
                "summary", "How Seoul opened its data", "body", "Long text", "language", "en",
                "countries", List.of("KR"), "themes", List.of("OPEN_CITY"), "tags", List.of("open data", "transparency"),
                "links", List.of(Map.of("url", "https://seoul.example/report.pdf", "title", "Report (PDF)",
                        "mediaType", "application/pdf", "sizeBytes", 1234567))));
        if (licence != null) {
            body.put("licence", licence);
        }
        return ResourceResourceTest.published(body);
    }

    @Test
    void theCataloguePassesTheOfficialDcatApShapes() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String open = richResource("CC-BY-4.0");
        String closed = richResource(null);
        String turtle = given().auth().oauth2(Tokens.ofClient("undesa-feed", "undesa-feed-secret")).accept("text/turtle")
                .queryParam("updatedAfter", before.toString()).queryParam("size", 1000).get(CATALOG)
                .then().statusCode(200).contentType(containsString("text/turtle")).extract().asString();
        Model model = parse(turtle, Lang.TURTLE);
        Graph graph = model.getGraph();
        ValidationReport report = ShaclValidator.get().validate(shapes(), graph);
        assertTrue(report.conforms(), () -> { StringBuilder b = new StringBuilder(); report.getEntries().forEach(e -> b.append(e).append('\n')); return b.toString(); });
        List<Resource> datasets = model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList();
        assertTrue(datasets.stream().anyMatch(d -> d.getURI().endsWith(open)));
        assertTrue(datasets.stream().anyMatch(d -> d.getURI().endsWith(closed)), "partners see every published resource");

        // The validator does catch a dataset without its mandatory title (so "conforms" above means something).
        Resource first = datasets.get(0);
        model.removeAll(first, DCTerms.title, null);
        assertFalse(ShaclValidator.get().validate(shapes(), model.getGraph()).conforms());
    }

    @Test
    void jsonLdForEveryoneWithOpenLicencesOnly() {
        Instant before = Instant.now().minusSeconds(1);
        String open = richResource("CC-BY-4.0");
        String closed = richResource(null);
        String jsonLd = given().queryParam("updatedAfter", before.toString()).queryParam("size", 1000).get(CATALOG)
                .then().statusCode(200).contentType(containsString("application/ld+json")).extract().asString();
        Model model = parse(jsonLd, Lang.JSONLD);
        List<String> ids = model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList().stream().map(Resource::getURI).toList();
        assertTrue(ids.stream().anyMatch(u -> u.endsWith(open)), ids.toString());
        assertFalse(ids.stream().anyMatch(u -> u.endsWith(closed)), "anonymous callers only get openly licensed resources");

        String future = given().queryParam("updatedAfter", "2999-01-01T00:00:00Z").accept("text/turtle").get(CATALOG)
                .then().statusCode(200).extract().asString();
        assertEquals(0, parse(future, Lang.TURTLE).listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList().size());
        given().queryParam("updatedAfter", "yesterday").get(CATALOG).then().spec(problem(400));
    }

    /**
     * A DCAT paging harvester (as ckanext-dcat's): start at the catalogue, follow hydra:next until there is none,
     * collect the datasets; later, the increment since the first run, also by its hydra:next links.
     */
    @Test
    void aPagingHarvesterSeesEveryDatasetOnceThenTheIncrementWithItsWithdrawal() throws Exception {
        String a = richResource("CC-BY-4.0");
        String b = richResource("CC-BY-4.0");
        Map<String, Integer> seen = new HashMap<>();
        int pages = harvest(CATALOG + "?size=7", null, seen, new java.util.ArrayList<>());
        assertTrue(seen.containsKey(a) && seen.containsKey(b));
        assertTrue(seen.values().stream().allMatch(n -> n == 1), "no dataset on two pages: " + seen);
        assertEquals((seen.size() + 6) / 7, pages, "every page once, then no next");

        Instant lastRun = Instant.now();
        given().auth().oauth2(Tokens.of("secretariat")).contentType("application/json")
                .header("If-Match", "*").body(Map.of("summary", "Revised")).patch("/api/v1/knowledge/resources/" + a).then().statusCode(200);
        ResourceResourceTest.move(b, "ARCHIVED", null);
        Map<String, Integer> increment = new HashMap<>();
        List<String> withdrawn = new java.util.ArrayList<>();
        harvest(CATALOG + "?size=1&updatedAfter=" + java.net.URLEncoder.encode(lastRun.toString(), "UTF-8"),
                shapes(), increment, withdrawn);
        assertEquals(Map.of(a, 1), increment, "the increment: the revised dataset");
        assertEquals(List.of(b), withdrawn, "and the withdrawal, as a catalogue record with adms:status Withdrawn");
    }

    /** Follows hydra:next from {@code url}; returns the number of pages; checks each page against {@code shapes}. */
    private static int harvest(String url, Shapes shapes, Map<String, Integer> datasets, List<String> withdrawn) {
        int pages = 0;
        String next = url;
        org.apache.jena.rdf.model.Property hydraNext = ModelFactory.createDefaultModel()
                .createProperty("http://www.w3.org/ns/hydra/core#next");
        org.apache.jena.rdf.model.Property status = ModelFactory.createDefaultModel()
                .createProperty("http://www.w3.org/ns/adms#status");
        while (next != null) {
            String path = next.substring(next.indexOf("/api/v1/"));
            String body = given().urlEncodingEnabled(false).accept("text/turtle").get(path).then().statusCode(200).extract().asString();
            Model page = parse(body, Lang.TURTLE);
            if (shapes != null) {
                ValidationReport report = ShaclValidator.get().validate(shapes, page.getGraph());
                assertTrue(report.conforms(), () -> report.getEntries().toString());
            }
            pages++;
            page.listSubjectsWithProperty(RDF.type, DCAT.Dataset).forEachRemaining(d ->
                    datasets.merge(d.getURI().substring(d.getURI().lastIndexOf('/') + 1), 1, Integer::sum));
            page.listSubjectsWithProperty(status).forEachRemaining(r -> {
                String topic = r.getPropertyResourceValue(page.createProperty("http://xmlns.com/foaf/0.1/primaryTopic")).getURI();
                withdrawn.add(topic.substring(topic.lastIndexOf('/') + 1));
            });
            var link = page.listObjectsOfProperty(hydraNext).toList();
            next = link.isEmpty() ? null : link.get(0).asResource().getURI();
            assertTrue(pages < 10_000, "paging never ends");
        }
        return pages;
    }
}
