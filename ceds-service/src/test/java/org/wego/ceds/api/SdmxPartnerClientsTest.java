package org.wego.ceds.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.wego.testsupport.Tokens;
import sdmxdl.Dimension;
import sdmxdl.Flow;
import sdmxdl.FlowRef;
import sdmxdl.Languages;
import sdmxdl.Obs;
import sdmxdl.Series;
import sdmxdl.Structure;
import sdmxdl.StructureRef;
import sdmxdl.format.DataCursor;
import sdmxdl.format.ObsParser;
import sdmxdl.format.xml.SdmxXmlStreams;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.testsupport.Problems.problem;

/**
 * The SDMX feed read by code nobody here wrote: every SDMX-ML message is validated against the official SDMX-ML 2.1
 * schemas and parsed by sdmx-dl's SDMX-ML 2.1 readers (the library behind sdmx-dl's CLI and its Excel/R add-ins),
 * in the order an SDMX client walks a feed: dataflow → structure → data → updatedAfter.
 */
@QuarkusTest
class SdmxPartnerClientsTest {

    private static final String SDMX = "/api/v1/ceds/sdmx/";
    private static final String STRUCTURE_XML = "application/vnd.sdmx.structure+xml;version=2.1";
    private static final String GENERIC = "application/vnd.sdmx.genericdata+xml;version=2.1";
    private static final String MES = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    private static final String GEN = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";
    private static final String SPECIFIC = "application/vnd.sdmx.structurespecificdata+xml;version=2.1";

    @Test
    void anSdmxClientReadsStructureAndDataAsTheAssessmentApiScoredThem() throws Exception {
        String[] p = SdmxResourceTest.published();
        String city = p[0];
        String year = p[1];

        String flows = structureXml("dataflow/WEGO/all/latest");
        List<Flow> dataflows = SdmxXmlStreams.flow21(Languages.ANY).parseChars(flows);
        assertTrue(dataflows.stream().anyMatch(f -> f.getRef().equals(FlowRef.of("WEGO", "CEDS_LOSI", "2022"))),
                dataflows.toString());

        Structure dsd = structure();
        assertEquals(List.of("REF_AREA", "CITY", "MEASURE"),
                dsd.getDimensions().stream().map(Dimension::getId).toList());
        assertEquals("TIME_PERIOD", dsd.getTimeDimensionId());
        assertEquals("OBS_VALUE", dsd.getPrimaryMeasureId());
        assertTrue(dsd.getDimensions().get(1).getCodelist().getCodes().containsKey(city));

        // What the assessment API says this city scored, criterion by criterion.
        JsonPath assessment = given().auth().oauth2(Tokens.of("secretariat"))
                .get("/api/v1/ceds/assessments/" + p[2]).then().statusCode(200).extract().jsonPath();
        Map<String, Double> expected = new HashMap<>();
        expected.put("SCORE", assessment.getDouble("result.score"));
        List<Map<String, Object>> criteria = assessment.getList("result.criteria");
        for (Map<String, Object> c : criteria) {
            expected.put((String) c.get("code"), new BigDecimal(c.get("score").toString()).doubleValue());
        }

        String key = "410." + city + ".";
        String generic = data(GENERIC, key, year, Map.of());
        assertEquals(List.of(), SdmxMl.violations(generic));
        Map<String, Double> read = values(SdmxXmlStreams.genericData21(dsd, ObsParser::newDefault)
                .parseReader(reader(generic)), year);
        assertEquals(expected, read);

        // structure-specific is what application/xml and */* get (the spec's default); sdmx-dl reads the same values
        String specific = data("application/xml", key, year, Map.of());
        assertTrue(specific.contains("StructureSpecificData"), specific);
        assertEquals(expected, values(SdmxXmlStreams.compactData21(dsd, ObsParser::newDefault).parseReader(reader(specific)), year));
        assertEquals(expected, values(SdmxXmlStreams.compactData21(dsd, ObsParser::newDefault)
                .parseReader(reader(data(SPECIFIC, key, year, Map.of()))), year));

        // the validator does reject a broken message, so the empty list above means something
        assertFalse(SdmxMl.violations(generic.replace("<gen:ObsValue ", "<gen:ObsWorth ")).isEmpty());

        // flat (AllDimensions) generic data stay valid and carry every observation
        String flat = data(GENERIC, key, year, Map.of("dimensionAtObservation", "AllDimensions"));
        assertEquals(List.of(), SdmxMl.violations(flat));
        assertEquals(expected.size(), SdmxMl.parse(flat).getElementsByTagNameNS(GEN, "ObsKey").getLength());

        // series keys only: no observation, the series still listed
        String keys = data(GENERIC, key, year, Map.of("detail", "serieskeysonly"));
        assertEquals(List.of(), SdmxMl.violations(keys));
        Document keysDoc = SdmxMl.parse(keys);
        assertEquals(0, keysDoc.getElementsByTagNameNS(GEN, "Obs").getLength());
        assertEquals(expected.size(), keysDoc.getElementsByTagNameNS(GEN, "Series").getLength());
    }

    @Test
    void aWithdrawnPublicationLeavesTheDataAndReachesIncrementalClientsAsADeletion() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String[] p = SdmxResourceTest.published();
        String city = p[0];
        String year = p[1];
        String id = p[2];
        Structure dsd = structure();
        String key = "410." + city + ".";
        int measures = values(SdmxXmlStreams.genericData21(dsd, ObsParser::newDefault)
                .parseReader(reader(data(GENERIC, key, year, Map.of()))), year).size();

        given().auth().oauth2(Tokens.of("official-seoul")).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/ceds/assessments/" + id + "/withdraw").then().spec(problem(403));
        given().auth().oauth2(SdmxResourceTest.partner()).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/v1/ceds/assessments/" + id + "/withdraw").then().spec(problem(403));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/v1/ceds/assessments/" + id + "/withdraw").then().spec(problem(400));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON)
                .body(Map.of("reason", "The city withdrew its consent"))
                .post("/api/v1/ceds/assessments/" + id + "/withdraw").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"))
                .body("withdrawalReason", org.hamcrest.Matchers.equalTo("The city withdrew its consent"));
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .post("/api/v1/ceds/assessments/" + id + "/withdraw").then().spec(problem(409));

        // A plain query no longer finds it: an SDMX-ML client gets the SDMX error message, code 100, status 404.
        String error = given().auth().oauth2(SdmxResourceTest.partner()).accept(GENERIC)
                .queryParam("startPeriod", year).queryParam("endPeriod", year)
                .get(SDMX + "data/WEGO,CEDS_LOSI,2022/" + key).then().statusCode(404)
                .contentType(org.hamcrest.Matchers.startsWith("application/vnd.sdmx.error+xml")).extract().asString();
        assertEquals(List.of(), SdmxMl.violations(error));
        Element message = (Element) SdmxMl.parse(error).getElementsByTagNameNS(MES, "ErrorMessage").item(0);
        assertEquals("100", message.getAttribute("code"));

        // An incremental pull since before the withdrawal gets every withdrawn observation in a Delete dataset.
        String increment = data(GENERIC, key, year, Map.of("updatedAfter", before.toString()));
        assertEquals(List.of(), SdmxMl.violations(increment));
        Document doc = SdmxMl.parse(increment);
        List<Element> sets = elements(doc, MES, "DataSet");
        Element deleted = sets.stream().filter(s -> s.getAttribute("action").equals("Delete")).findFirst()
                .orElseThrow(() -> new AssertionError("no Delete dataset: " + increment));
        assertEquals(measures, deleted.getElementsByTagNameNS(GEN, "Obs").getLength());
        assertTrue(sets.stream().filter(s -> s.getAttribute("action").equals("Replace"))
                .allMatch(s -> s.getElementsByTagNameNS(GEN, "Obs").getLength() == 0), increment);

        // It also leaves the ranking.
        List<String> ranked = given().auth().oauth2(SdmxResourceTest.partner()).queryParam("year", year)
                .get("/api/v1/ceds/frameworks/LOSI/2022/ranking").then().statusCode(200)
                .extract().jsonPath().getList("city");
        assertFalse(ranked.contains(city), ranked.toString());
    }

    private static Structure structure() throws Exception {
        String xml = structureXml("dataflow/WEGO/CEDS_LOSI/2022?references=all");
        List<Structure> structures = SdmxXmlStreams.struct21(Languages.ANY).parseChars(xml);
        assertEquals(1, structures.size(), structures.toString());
        assertEquals(StructureRef.of("WEGO", "CEDS_LOSI", "2022"), structures.get(0).getRef());
        return structures.get(0);
    }

    private static String structureXml(String path) {
        String xml = given().auth().oauth2(SdmxResourceTest.partner()).accept(STRUCTURE_XML).urlEncodingEnabled(false)
                .get(SDMX + path).then().statusCode(200).extract().asString();
        assertEquals(List.of(), SdmxMl.violations(xml));
        return xml;
    }

    private static String data(String accept, String key, String year, Map<String, String> params) {
        return given().auth().oauth2(SdmxResourceTest.partner()).accept(accept)
                .queryParam("startPeriod", year).queryParam("endPeriod", year).queryParams(params)
                .get(SDMX + "data/WEGO,CEDS_LOSI,2022/" + key).then().statusCode(200).extract().asString();
    }

    /** sdmx-dl's data cursors read lazily: parseChars would close the reader before the first series. */
    private static java.io.Reader reader(String xml) {
        return new java.io.StringReader(xml);
    }

    /** measure → value of the one observation each series has in {@code year}. */
    private static Map<String, Double> values(DataCursor cursor, String year) throws Exception {
        try (cursor) {
            List<Series> series = cursor.asStream().toList();
            for (Series s : series) {
                assertEquals(1, s.getObs().size(), s.toString());
                Obs o = s.getObs().first();
                assertEquals(year, o.getPeriod().getStart().toLocalDate().getYear() + "", o.toString());
            }
            return series.stream().collect(Collectors.toMap(s -> s.getKey().get(2), s -> s.getObs().first().getValue()));
        }
    }

    private static List<Element> elements(Document doc, String ns, String name) {
        org.w3c.dom.NodeList list = doc.getElementsByTagNameNS(ns, name);
        return java.util.stream.IntStream.range(0, list.getLength()).mapToObj(i -> (Element) list.item(i)).toList();
    }
}
