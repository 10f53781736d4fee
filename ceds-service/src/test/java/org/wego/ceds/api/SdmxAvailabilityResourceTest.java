package org.wego.ceds.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wego.testsupport.Tokens;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.testsupport.Problems.problem;

/** SDMX availability (actual content constraints), validated against the official SDMX-ML 2.1 schemas. */
@QuarkusTest
class SdmxAvailabilityResourceTest {

    private static final String AVAILABLE = "/api/v1/ceds/sdmx/availableconstraint/WEGO,CEDS_LOSI,2022/";
    private static final String XML = "application/vnd.sdmx.structure+xml;version=2.1";
    private static final String COM = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common";

    @Test
    void exactAndAvailableModesAnswerWhatTheDataHold() {
        String[] p = SdmxResourceTest.published();
        String city = p[0];
        String year = p[1];
        List<String> criteria = given().auth().oauth2(Tokens.of("admin")).get("/api/v1/ceds/frameworks/LOSI/2022")
                .then().statusCode(200).extract().jsonPath().getList("criteria.code");
        TreeSet<String> sorted = new TreeSet<>(criteria);
        sorted.add("SCORE");
        List<String> measures = List.copyOf(sorted);

        Document exact = constraint(".%s.".formatted(city), year, Map.of());
        assertEquals(Map.of("REF_AREA", List.of("410"), "CITY", List.of(city), "MEASURE", measures), keyValues(exact));
        assertEquals(Integer.toString(measures.size()), annotation(exact));
        assertEquals(year, text(exact, "StartPeriod"));
        assertEquals(year, text(exact, "EndPeriod"));

        // one measure picked: exact lists only it; available still offers every measure the city has data for
        Document one = constraint(".%s.SCORE".formatted(city), year, Map.of());
        assertEquals(List.of("SCORE"), keyValues(one).get("MEASURE"));
        assertEquals("1", annotation(one));
        Document alternatives = constraint(".%s.SCORE".formatted(city), year, Map.of("mode", "available"));
        assertEquals(measures, keyValues(alternatives).get("MEASURE"));
        assertEquals(List.of(city), keyValues(alternatives).get("CITY").stream().filter(city::equals).toList());
        assertEquals("1", annotation(alternatives));

        // componentID narrows the answer to one component
        Document measureOnly = constraint(".%s./all/MEASURE".formatted(city), year, Map.of());
        assertEquals(Map.of("MEASURE", measures), keyValues(measureOnly));
        assertEquals(0, measureOnly.getElementsByTagNameNS(COM, "TimeRange").getLength());

        JsonPath json = given().auth().oauth2(SdmxResourceTest.partner()).accept("application/vnd.sdmx.structure+json;version=1.0")
                .queryParam("startPeriod", year).queryParam("endPeriod", year)
                .get(AVAILABLE + ".%s.SCORE".formatted(city)).then().statusCode(200)
                .contentType(startsWith("application/vnd.sdmx.structure+json")).extract().jsonPath();
        assertEquals("Actual", json.getString("data.contentConstraints[0].type"));
        assertEquals("urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=WEGO:CEDS_LOSI(2022)",
                json.getString("data.contentConstraints[0].constraintAttachment.dataflows[0]"));
        assertEquals(List.of(city), json.getList("data.contentConstraints[0].cubeRegions[0].keyValues.find { it.id == 'CITY' }.values"));
        assertEquals(year, json.getString("data.contentConstraints[0].cubeRegions[0].keyValues.find { it.id == 'TIME_PERIOD' }.timeRange.startPeriod.period"));
    }

    @Test
    void badQueriesNoDataAndRoles() {
        String partner = SdmxResourceTest.partner();
        given().auth().oauth2(partner).accept("application/json").queryParam("mode", "maybe")
                .get(AVAILABLE + "all").then().spec(problem(400)).body("violations[0].field", org.hamcrest.Matchers.equalTo("mode"));
        given().auth().oauth2(partner).accept("application/json").get(AVAILABLE + "all/all/FOO")
                .then().spec(problem(400)).body("violations[0].field", org.hamcrest.Matchers.equalTo("componentID"));
        given().auth().oauth2(partner).accept("application/json").queryParam("references", "all")
                .get(AVAILABLE + "all").then().spec(problem(501));
        given().auth().oauth2(partner).accept("application/json").queryParam("references", "cousins")
                .get(AVAILABLE + "all").then().spec(problem(400)).body("violations[0].field", org.hamcrest.Matchers.equalTo("references"));
        String error = given().auth().oauth2(partner).accept(XML)
                .get(AVAILABLE + ".no-such-city.").then().statusCode(404)
                .contentType(startsWith("application/vnd.sdmx.error+xml")).extract().asString();
        assertEquals(List.of(), SdmxMl.violations(error));
        given().auth().oauth2(Tokens.of("official-seoul")).accept("application/json").get(AVAILABLE + "all")
                .then().spec(problem(403));
        given().accept("application/json").get(AVAILABLE + "all").then().spec(problem(401));
    }

    private static Document constraint(String key, String year, Map<String, String> params) {
        String xml = given().auth().oauth2(SdmxResourceTest.partner()).accept(XML)
                .queryParam("startPeriod", year).queryParam("endPeriod", year).queryParams(params)
                .get(AVAILABLE + key).then().statusCode(200)
                .contentType(startsWith("application/vnd.sdmx.structure+xml")).extract().asString();
        assertEquals(List.of(), SdmxMl.violations(xml));
        assertTrue(xml.contains("type=\"Actual\""), xml);
        return SdmxMl.parse(xml);
    }

    private static Map<String, List<String>> keyValues(Document doc) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        NodeList kvs = doc.getElementsByTagNameNS(COM, "KeyValue");
        for (int i = 0; i < kvs.getLength(); i++) {
            Element kv = (Element) kvs.item(i);
            NodeList values = kv.getElementsByTagNameNS(COM, "Value");
            if (values.getLength() == 0) {
                continue; // the time range
            }
            List<String> codes = new ArrayList<>();
            for (int j = 0; j < values.getLength(); j++) {
                codes.add(values.item(j).getTextContent());
            }
            out.put(kv.getAttribute("id"), codes);
        }
        return out;
    }

    private static String annotation(Document doc) {
        Element a = (Element) doc.getElementsByTagNameNS(COM, "Annotation").item(0);
        assertEquals("obs_count", a.getAttribute("id"));
        return a.getElementsByTagNameNS(COM, "AnnotationTitle").item(0).getTextContent();
    }

    private static String text(Document doc, String element) {
        return doc.getElementsByTagNameNS(COM, element).item(0).getTextContent();
    }
}
