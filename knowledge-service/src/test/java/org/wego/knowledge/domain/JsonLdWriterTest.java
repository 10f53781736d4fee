package org.wego.knowledge.domain;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.wego.knowledge.domain.feed.DcatCatalogue;
import org.wego.knowledge.domain.feed.JsonLdWriter;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What JsonLdWriter writes, Jena's JSON-LD 1.1 reader reads back as the same graph. */
class JsonLdWriterTest {

    @Test
    void aCataloguePageReadsBackAsTheSameGraph() throws Exception {
        List<DcatCatalogue.Entry> entries = DcatRecommendedPropertiesTest.demoEntries();
        Model page = DcatCatalogue.build("https://wego.example", entries.subList(1, entries.size()), entries.subList(0, 1),
                new DcatCatalogue.Page(1, 10, 40, "&updatedAfter=2026-01-01T00%3A00%3A00Z"), Instant.now());
        assertTrue(roundTrip(page).isIsomorphicWith(page));
    }

    @Test
    void literalsBlankNodesAndIrisNoPrefixCovers() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dct", DCTerms.NS);
        Resource period = m.createResource().addProperty(RDF.type, DCTerms.PeriodOfTime)
                .addProperty(DCAT.startDate, m.createTypedLiteral("2026-03-01T09:00:00Z", XSDDatatype.XSDdateTime));
        m.createResource("https://example.org/a%20b?c=d&e=f#g")
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, "Seoul \"mVoting\"\n", "en")
                .addProperty(DCTerms.title, "서울 엠보팅", "ko")
                .addProperty(DCTerms.identifier, "plain")
                .addProperty(DCAT.byteSize, m.createTypedLiteral("42", XSDDatatype.XSDnonNegativeInteger))
                .addProperty(m.createProperty("https://example.org/vocab#", "odd-name/x"), "odd")
                .addProperty(DCTerms.temporal, period);
        Model back = roundTrip(m);
        assertTrue(back.isIsomorphicWith(m), () -> back.toString());
        Model other = ModelFactory.createDefaultModel().add(m);
        other.removeAll(null, DCTerms.identifier, null);
        assertFalse(back.isIsomorphicWith(other), "the comparison does tell graphs apart");
    }

    private static Model roundTrip(Model m) {
        StringWriter out = new StringWriter();
        JsonLdWriter.write(m, out);
        return RDFParser.fromString(out.toString(), Lang.JSONLD).toModel();
    }
}
