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
}
