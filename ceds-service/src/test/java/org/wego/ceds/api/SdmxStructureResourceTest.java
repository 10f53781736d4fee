package org.wego.ceds.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wego.testsupport.Tokens;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.testsupport.Problems.problem;

/**
 * SDMX structure queries: the dataflow and DSD must describe exactly what the data messages carry, so the test
 * checks every code a data message uses against the codelists, and the measures against the framework API.
 */
@QuarkusTest
class SdmxStructureResourceTest {

    private static final String SDMX = "/api/v1/ceds/sdmx/";
    private static final String STR = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure";
    private static final String XML = "application/vnd.sdmx.structure+xml;version=2.1";
    private static final String JSON = "application/vnd.sdmx.structure+json;version=1.0";

    @Test
    void sdmxMlDescribesEveryCodeTheDataMessageUses() throws Exception {
        String[] p = SdmxResourceTest.published();
        String xml = given().auth().oauth2(SdmxResourceTest.partner()).accept(XML).queryParam("references", "all")
                .get(SDMX + "dataflow/WEGO/CEDS_LOSI/2022")
                .then().statusCode(200).contentType(startsWith("application/vnd.sdmx.structure+xml")).extract().asString();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

        Element flow = (Element) doc.getElementsByTagNameNS(STR, "Dataflow").item(0);
        assertEquals("CEDS_LOSI", flow.getAttribute("id"));
        NodeList dimensions = doc.getElementsByTagNameNS(STR, "Dimension");
        List<String> dimensionIds = new ArrayList<>();
        for (int i = 0; i < dimensions.getLength(); i++) {
            dimensionIds.add(((Element) dimensions.item(i)).getAttribute("id"));
        }
        assertEquals(List.of("REF_AREA", "CITY", "MEASURE"), dimensionIds);
        assertEquals("4", ((Element) doc.getElementsByTagNameNS(STR, "TimeDimension").item(0)).getAttribute("position"));

        // Measures = SCORE + the framework's criteria, as the framework API publishes them.
        List<String> criteria = given().auth().oauth2(Tokens.of("admin")).get("/api/v1/ceds/frameworks/LOSI/2022")
                .then().statusCode(200).extract().jsonPath().getList("criteria.code");
        Set<String> expectedMeasures = new HashSet<>(criteria);
        expectedMeasures.add("SCORE");
        assertEquals(expectedMeasures, codes(doc, "CL_MEASURE_LOSI"));

        // Every dimension value of the data message is a code of the codelist the DSD names.
        JsonNode data = new ObjectMapper().readTree(given().auth().oauth2(SdmxResourceTest.partner())
                .accept("application/vnd.sdmx.data+json;version=1.0").queryParam("startPeriod", p[1])
                .get(SDMX + "data/WEGO,CEDS_LOSI,2022/all").then().statusCode(200).extract().asString());
        List<String> lists = List.of("CL_AREA", "CL_CITY", "CL_MEASURE_LOSI");
        for (int d = 0; d < 3; d++) {
            JsonNode dimension = data.at("/data/structure/dimensions/series/" + d);
            assertEquals(dimensionIds.get(d), dimension.get("id").asText());
            Set<String> codes = codes(doc, lists.get(d));
            for (JsonNode value : dimension.get("values")) {
                assertTrue(codes.contains(value.get("id").asText()), value + " missing from " + lists.get(d));
            }
        }
        assertTrue(codes(doc, "CL_CITY").contains(p[0]));
        assertEquals(Set.of("VERY_HIGH", "HIGH", "MIDDLE", "LOW"), codes(doc, "CL_MATURITY_LEVEL_LOSI"));
    }

    @Test
    void sdmxJsonAndReferences() {
        JsonPath flowOnly = given().auth().oauth2(SdmxResourceTest.partner()).accept(JSON)
                .get(SDMX + "dataflow/WEGO/CEDS_LOSI/latest")
                .then().statusCode(200).contentType(startsWith("application/vnd.sdmx.structure+json")).extract().jsonPath();
        assertEquals("urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=WEGO:CEDS_LOSI(2022)",
                flowOnly.getString("data.dataflows[0].structure"));
        assertNull(flowOnly.get("data.dataStructures"));

        given().auth().oauth2(Tokens.of("secretariat")).accept(JSON).queryParam("references", "children")
                .get(SDMX + "datastructure/WEGO/CEDS_LOSI")
                .then().statusCode(200)
                .body("data.dataflows", nullValue())
                .body("data.dataStructures[0].dataStructureComponents.dimensionList.dimensions.id",
                        org.hamcrest.Matchers.contains("REF_AREA", "CITY", "MEASURE"))
                .body("data.dataStructures[0].dataStructureComponents.dimensionList.dimensions[2].localRepresentation.enumeration",
                        containsString("CL_MEASURE_LOSI"))
                .body("data.codelists.id", hasItems("CL_AREA", "CL_CITY", "CL_MEASURE_LOSI", "CL_MATURITY_LEVEL_LOSI"))
                .body("data.conceptSchemes[0].concepts.id", hasItems("REF_AREA", "OBS_VALUE", "MATURITY_LEVEL"));

        // an artefact type as references: the dataflow and the codelists it is coded by, not the DSD in between
        given().auth().oauth2(SdmxResourceTest.partner()).accept(JSON).queryParam("references", "codelist")
                .queryParam("detail", "full").get(SDMX + "dataflow/WEGO/CEDS_LOSI/2022")
                .then().statusCode(200)
                .body("data.dataflows.id", org.hamcrest.Matchers.contains("CEDS_LOSI"))
                .body("data.dataStructures", nullValue())
                .body("data.codelists.id", hasItems("CL_AREA", "CL_CITY", "CL_MEASURE_LOSI"));
        given().auth().oauth2(SdmxResourceTest.partner()).accept(JSON).queryParam("references", "dataflow")
                .get(SDMX + "datastructure/WEGO/CEDS_LOSI/2022")
                .then().statusCode(200)
                .body("data.dataflows.id", org.hamcrest.Matchers.contains("CEDS_LOSI"))
                .body("data.dataStructures.id", org.hamcrest.Matchers.contains("CEDS_LOSI"))
                .body("data.codelists", nullValue());
        given().auth().oauth2(SdmxResourceTest.partner()).accept(JSON).get(SDMX + "dataflow/all/all/all")
                .then().statusCode(200).body("data.dataflows.id", hasItems("CEDS_LOSI", "CEDS_CEDS_MATURITY"));
        given().auth().oauth2(SdmxResourceTest.partner()).accept(JSON).get(SDMX + "dataflow")
                .then().statusCode(200).body("data.dataflows.id", hasItems("CEDS_LOSI", "CEDS_CEDS_MATURITY"));
    }

    @Test
    void unknownStructuresBadReferencesAndRoles() {
        String partner = SdmxResourceTest.partner();
        given().auth().oauth2(partner).accept(JSON).get(SDMX + "dataflow/WEGO/CEDS_NOPE/1.0").then().spec(problem(404));
        given().auth().oauth2(partner).accept(JSON).get(SDMX + "dataflow/IMF/CEDS_LOSI/1.0").then().spec(problem(404));
        given().auth().oauth2(partner).accept(JSON).get(SDMX + "datastructure/WEGO/CEDS_LOSI/2.0").then().spec(problem(404));
        given().auth().oauth2(partner).accept(JSON).queryParam("references", "cousins")
                .get(SDMX + "dataflow/WEGO/CEDS_LOSI").then().spec(problem(400))
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("references"));
        given().auth().oauth2(partner).accept(JSON).queryParam("detail", "allstubs")
                .get(SDMX + "dataflow/WEGO/CEDS_LOSI").then().spec(problem(501))
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("detail"));
        given().auth().oauth2(partner).accept(JSON).queryParam("detail", "some")
                .get(SDMX + "dataflow/WEGO/CEDS_LOSI").then().spec(problem(400));
        given().auth().oauth2(Tokens.of("official-seoul")).accept(JSON).get(SDMX + "dataflow").then().spec(problem(403));
        given().accept(JSON).get(SDMX + "dataflow").then().spec(problem(401));
    }

    private static Set<String> codes(Document doc, String codelistId) {
        NodeList lists = doc.getElementsByTagNameNS(STR, "Codelist");
        for (int i = 0; i < lists.getLength(); i++) {
            Element list = (Element) lists.item(i);
            if (list.getAttribute("id").equals(codelistId)) {
                Set<String> codes = new HashSet<>();
                NodeList items = list.getElementsByTagNameNS(STR, "Code");
                for (int j = 0; j < items.getLength(); j++) {
                    codes.add(((Element) items.item(j)).getAttribute("id"));
                }
                return codes;
            }
        }
        throw new AssertionError("no codelist " + codelistId);
    }
}
