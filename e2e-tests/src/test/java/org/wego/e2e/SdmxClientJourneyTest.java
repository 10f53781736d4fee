package org.wego.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wego.testsupport.Stack;
import org.wego.testsupport.Tokens;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Journey 6 — an SDMX client's walk through the gateway: dataflows → structure → data → availability → updatedAfter,
 * with every query built by sdmx-rest4js (the SDMX technical working group's JavaScript query builder, from npm),
 * not by us; then the city withdraws its result and the next incremental pull reports the deletion.
 */
class SdmxClientJourneyTest {

    private static final String MES = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message";
    private static final String GEN = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic";
    private static final String STR = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    private static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";
    private static final String GENERIC = "application/vnd.sdmx.genericdata+xml;version=2.1";
    private static final String STRUCTURE = "application/vnd.sdmx.structure+xml;version=2.1";

    @BeforeAll
    static void throughTheGateway() {
        RestAssured.baseURI = Stack.gatewayUrl();
    }

    @Test
    void aPartnersSdmxClientWalksTheFeedAndSeesTheWithdrawal() throws Exception {
        long started = System.nanoTime();
        String undesa = Tokens.ofClient("undesa-feed", "undesa-feed-secret");
        String secretariat = Tokens.of("secretariat");
        Instant since = Instant.now();
        String city = Journeys.unique("sdmx");
        Journeys.admit(secretariat, city, "SDMX City", "KR", "ASIA");
        int year = 2040 + (int) (Math.abs(System.nanoTime()) % 40);
        String assessment = Journeys.publishedLosi(secretariat, city, year, 43);

        Map<String, String> urls = sdmxRestQueries(Stack.gatewayUrl() + "/api/v1/ceds/sdmx", city, year, since);

        Document flows = xml(undesa, STRUCTURE, urls.get("dataflows"));
        assertTrue(ids(flows, STR, "Dataflow").contains("CEDS_LOSI"), "dataflows: " + ids(flows, STR, "Dataflow"));
        Document structure = xml(undesa, STRUCTURE, urls.get("structure"));
        assertEquals(List.of("REF_AREA", "CITY", "MEASURE"), ids(structure, STR, "Dimension"));
        assertTrue(ids(structure, STR, "Code").contains(city), "the new member is in CL_CITY");

        Document data = xml(undesa, GENERIC, urls.get("data"));
        Map<String, String> scores = observations(data);
        assertEquals("0.5", scores.get("SCORE|" + year).replaceAll("0+$", ""), scores.toString()); // 43 of 86
        assertEquals(6, scores.size(), "SCORE and the five LOSI criteria: " + scores);
        assertEquals(Map.of("SCORE|" + year, scores.get("SCORE|" + year)), observations(xml(undesa, GENERIC, urls.get("latest"))));
        Document flat = xml(undesa, GENERIC, urls.get("flat"));
        assertEquals(2, flat.getElementsByTagNameNS(GEN, "ObsKey").getLength(), "AllDimensions: SCORE and IF, flat");
        Document keys = xml(undesa, GENERIC, urls.get("keys"));
        assertEquals(0, keys.getElementsByTagNameNS(GEN, "Obs").getLength());
        assertEquals(6, keys.getElementsByTagNameNS(GEN, "Series").getLength());
        Document available = xml(undesa, STRUCTURE, urls.get("availability"));
        assertEquals("6", available.getElementsByTagNameNS(COM, "AnnotationTitle").item(0).getTextContent());
        // structure-specific SDMX-ML is what a plain application/xml client gets
        assertTrue(given().auth().oauth2(undesa).accept("application/xml").urlEncodingEnabled(false)
                .get(urls.get("data")).then().statusCode(200).extract().asString().contains("mes:StructureSpecificData"));

        // The city takes its consent back; the partner's next incremental pull lists its observations as deleted.
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(Map.of("reason", "Consent withdrawn"))
                .post("/api/v1/ceds/assessments/" + assessment + "/withdraw").then().statusCode(200);
        given().auth().oauth2(undesa).accept(GENERIC).urlEncodingEnabled(false).get(urls.get("data"))
                .then().statusCode(404).contentType(org.hamcrest.Matchers.startsWith("application/vnd.sdmx.error+xml"));
        Document increment = xml(undesa, GENERIC, urls.get("increment"));
        NodeList sets = increment.getElementsByTagNameNS(MES, "DataSet");
        Element deleted = null;
        for (int i = 0; i < sets.getLength(); i++) {
            Element set = (Element) sets.item(i);
            if (set.getAttribute("action").equals("Delete")) {
                deleted = set;
            }
        }
        assertTrue(deleted != null, "no Delete dataset in the increment");
        assertEquals(6, deleted.getElementsByTagNameNS(GEN, "Obs").getLength());
        Journeys.report("6 (SDMX client)", started);
    }

    /** name → URL, as sdmx-rest4js builds them (e2e-tests/src/test/node; ./wego test installs it with npm ci). */
    private static Map<String, String> sdmxRestQueries(String base, String city, int year, Instant since) throws Exception {
        Process node = new ProcessBuilder("node", "sdmx-rest-urls.js", base, city, Integer.toString(year), since.toString())
                .directory(new File("src/test/node")).redirectErrorStream(true).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, node.exitValue(), out);
        Map<String, String> urls = new LinkedHashMap<>();
        for (String line : out.strip().split("\n")) {
            String[] parts = line.split("\t");
            urls.put(parts[0], parts[1].substring(Stack.gatewayUrl().length()));
        }
        assertEquals(8, urls.size(), out);
        return urls;
    }

    private static Document xml(String token, String accept, String url) throws Exception {
        String body = given().auth().oauth2(token).accept(accept).urlEncodingEnabled(false).get(url)
                .then().statusCode(200).extract().asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> ids(Document doc, String ns, String element) {
        NodeList list = doc.getElementsByTagNameNS(ns, element);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            ids.add(((Element) list.item(i)).getAttribute("id"));
        }
        return ids;
    }

    /** "MEASURE|period" → value of every observation of a generic data message. */
    private static Map<String, String> observations(Document doc) {
        Map<String, String> values = new LinkedHashMap<>();
        NodeList series = doc.getElementsByTagNameNS(GEN, "Series");
        for (int i = 0; i < series.getLength(); i++) {
            Element s = (Element) series.item(i);
            String measure = null;
            NodeList key = ((Element) s.getElementsByTagNameNS(GEN, "SeriesKey").item(0)).getElementsByTagNameNS(GEN, "Value");
            for (int k = 0; k < key.getLength(); k++) {
                Element v = (Element) key.item(k);
                if (v.getAttribute("id").equals("MEASURE")) {
                    measure = v.getAttribute("value");
                }
            }
            NodeList obs = s.getElementsByTagNameNS(GEN, "Obs");
            for (int o = 0; o < obs.getLength(); o++) {
                Element ob = (Element) obs.item(o);
                String period = ((Element) ob.getElementsByTagNameNS(GEN, "ObsDimension").item(0)).getAttribute("value");
                String value = ((Element) ob.getElementsByTagNameNS(GEN, "ObsValue").item(0)).getAttribute("value");
                values.put(measure + "|" + period, value);
            }
        }
        return values;
    }
}
