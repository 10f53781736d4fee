package org.wego.knowledge.domain;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.Test;
import org.wego.knowledge.domain.feed.DcatCatalogue;
import org.wego.knowledge.domain.resource.ResourceContent;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo catalogue (demo/knowledge.ndjson, what ./wego up publishes) as one DCAT-AP page, a withdrawal included:
 * zero violations of the official DCAT-AP 3.0.0 shapes, and the DCAT-AP 3.0.0 recommended properties it lacks counted
 * per class and property (warnings of dcat-ap-3.0.0-recommended.ttl). The counts are asserted, so a change that
 * drops a recommended property fails here.
 */
class DcatRecommendedPropertiesTest {

    @Test
    void theDemoCatalogueConformsAndLacksOnlyTheRecommendedPropertiesItCannotKnow() throws Exception {
        List<DcatCatalogue.Entry> entries = demoEntries();
        Instant at = entries.get(0).issued();
        List<DcatCatalogue.Entry> withdrawn = List.of(entries.remove(entries.size() - 1));
        Model page = DcatCatalogue.build("https://wego.example", entries, withdrawn,
                new DcatCatalogue.Page(0, 100, entries.size(), null), at);

        ValidationReport official = ShaclValidator.get().validate(shapes("/dcat-ap/dcat-ap-3.0.0-SHACL.ttl"), page.getGraph());
        assertTrue(official.conforms(), () -> official.getEntries().toString());

        ValidationReport recommended = ShaclValidator.get().validate(shapes("/dcat-ap/dcat-ap-3.0.0-recommended.ttl"),
                page.getGraph());
        Map<String, Integer> missing = new TreeMap<>();
        recommended.getEntries().forEach(e -> {
            assertEquals(Severity.Warning, e.severity());
            missing.merge(e.resultPath().toString().replaceAll(".*[/#]", "").replace(">", ""), 1, Integer::sum);
        });
        System.out.printf("DCAT-AP recommended properties missing on the demo catalogue (%d datasets): %d %s%n",
                entries.size(), recommended.getEntries().size(), missing);
        // Left: what no WeGO record says — a time span for anything but an event, the place of a global resource, the
        // file format behind a link to a web site, keywords of a resource with neither tags nor SDGs — and the
        // catalogue's own spatial coverage, issue date and metadata licence, which WeGO has not decided.
        assertEquals(Map.of(
                "temporal", count(entries, c -> c.event() == null),
                "spatial", 1 + count(entries, c -> c.countries() == null || c.countries().isEmpty()),
                "keyword", count(entries, c -> (c.tags() == null || c.tags().isEmpty()) && (c.sdgs() == null || c.sdgs().isEmpty())),
                "format", (int) entries.stream().filter(e -> e.content().links() != null)
                        .flatMap(e -> e.content().links().stream())
                        .filter(l -> l.mediaType() == null && !l.url().replaceFirst("^https?://[^/]+", "").matches(".*\\.[a-z]{2,4}"))
                        .count(),
                "issued", 1, "license", 1), missing);
        assertTrue(recommended.getEntries().size() <= 36, "was 75 before contact points, distributions for every "
                + "dataset, formats, availability, publisher type, SDG keywords, event time spans, record conformance");
    }

    /** The demo catalogue's resources (demo/knowledge.ndjson) as catalogue entries. */
    static List<DcatCatalogue.Entry> demoEntries() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        List<DcatCatalogue.Entry> entries = new ArrayList<>();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (String line : Files.readAllLines(Path.of("../demo/knowledge.ndjson"))) {
            if (!line.isBlank()) {
                ResourceContent c = json.readValue(line, ResourceContent.class);
                entries.add(new DcatCatalogue.Entry(UUID.randomUUID().toString(), c.type().name(), at, at, c));
            }
        }
        return entries;
    }

    private static int count(List<DcatCatalogue.Entry> entries, java.util.function.Predicate<ResourceContent> p) {
        return (int) entries.stream().map(DcatCatalogue.Entry::content).filter(p).count();
    }

    private static Shapes shapes(String resource) throws Exception {
        try (InputStream in = DcatRecommendedPropertiesTest.class.getResourceAsStream(resource)) {
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, in, Lang.TURTLE);
            return Shapes.parse(m.getGraph());
        }
    }
}
