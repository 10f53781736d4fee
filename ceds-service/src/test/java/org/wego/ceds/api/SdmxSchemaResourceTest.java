package org.wego.ceds.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.testsupport.Problems.problem;

/**
 * The SDMX {@code schema} resource, proved the way a partner would use it: structure-specific data of every
 * observation level validate against the official SDMX-ML 2.1 schemas together with the dataflow's generated schema,
 * and the same schema rejects data that break the structure.
 */
@QuarkusTest
class SdmxSchemaResourceTest {

    private static final String SDMX = "/api/v1/ceds/sdmx/";
    private static final String SPECIFIC = "application/vnd.sdmx.structurespecificdata+xml;version=2.1";
    private static final String XS = "http://www.w3.org/2001/XMLSchema";

    private static String schema(String context, Map<String, String> params) {
        return given().auth().oauth2(SdmxResourceTest.partner()).queryParams(params)
                .get(SDMX + "schema/" + context + "/WEGO/CEDS_LOSI/2022").then().statusCode(200)
                .contentType(containsString("xml")).extract().asString();
    }

    private static String data(String key, String year, Map<String, String> params) {
        return given().auth().oauth2(SdmxResourceTest.partner()).accept(SPECIFIC)
                .queryParam("startPeriod", year).queryParam("endPeriod", year).queryParams(params)
                .get(SDMX + "data/WEGO,CEDS_LOSI,2022/" + key).then().statusCode(200).extract().asString();
    }

    @Test
    void structureSpecificDataOfEveryObservationLevelValidateAgainstTheDataflowsSchema() {
        String[] p = SdmxResourceTest.published();
        String key = "410." + p[0] + ".";
        for (String level : List.of("TIME_PERIOD", "CITY", "MEASURE", "REF_AREA", "AllDimensions")) {
            String xsd = schema("dataflow", Map.of("dimensionAtObservation", level));
            Document doc = SdmxMl.parse(xsd);
            assertEquals("urn:sdmx:org.sdmx.infomodel.datastructure.Dataflow=WEGO:CEDS_LOSI(2022):ObsLevelDim:" + level,
                    doc.getDocumentElement().getAttribute("targetNamespace"));
            for (String detail : List.of("full", "dataonly", "serieskeysonly", "nodata")) {
                String message = data(key, p[1], Map.of("dimensionAtObservation", level, "detail", detail));
                assertEquals(List.of(), SdmxMl.violations(message, xsd), level + " " + detail + ": " + message);
            }
        }
        // The default level is TIME_PERIOD, the default for data too.
        String xsd = schema("dataflow", Map.of());
        String message = data(key, p[1], Map.of());
        assertEquals(List.of(), SdmxMl.violations(message, xsd));
        assertTrue(xsd.contains("value=\"" + p[0] + "\""), "the city codelist enumerates the member cities");

        // The schema bites: an unknown city, a score that is not a number, an attribute the structure does not have.
        String city = "CITY=\"" + p[0] + "\"";
        assertTrue(message.contains(city), message);
        assertFalse(SdmxMl.violations(message.replace(city, "CITY=\"atlantis-0\""), xsd).isEmpty());
        assertFalse(SdmxMl.violations(message.replaceFirst("OBS_VALUE=\"[^\"]*\"", "OBS_VALUE=\"high\""), xsd).isEmpty());
        assertFalse(SdmxMl.violations(message.replace(city, city + " COLOUR=\"red\""), xsd).isEmpty());
        assertFalse(SdmxMl.violations(message.replace(city, ""), xsd).isEmpty());
    }

    @Test
    void anIncrementWithItsDeleteDatasetIsValidToo() {
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        String[] p = SdmxResourceTest.published();
        given().auth().oauth2(org.wego.testsupport.Tokens.of("secretariat")).contentType("application/json")
                .body(Map.of("reason", "consent withdrawn")).post("/api/v1/ceds/assessments/" + p[2] + "/withdraw")
                .then().statusCode(200);
        String increment = given().auth().oauth2(SdmxResourceTest.partner()).accept(SPECIFIC)
                .queryParam("updatedAfter", before.toString()).get(SDMX + "data/WEGO,CEDS_LOSI,2022/410." + p[0] + ".")
                .then().statusCode(200).extract().asString();
        assertTrue(increment.contains("ss:action=\"Delete\""), increment);
        assertEquals(List.of(), SdmxMl.violations(increment, schema("dataflow", Map.of())));
    }

    @Test
    void theDataStructureContextHasItsOwnNamespace() {
        Document doc = SdmxMl.parse(schema("datastructure", Map.of("dimensionAtObservation", "AllDimensions")));
        assertEquals("urn:sdmx:org.sdmx.infomodel.datastructure.DataStructure=WEGO:CEDS_LOSI(2022):ObsLevelDim:AllDimensions",
                doc.getDocumentElement().getAttribute("targetNamespace"));
        assertEquals(2, doc.getElementsByTagNameNS(XS, "complexType").getLength(),
                "flat data: DataSetType and ObsType, no SeriesType");
    }

    @Test
    void badSchemaQueriesAreSdmxErrors() {
        String token = SdmxResourceTest.partner();
        given().auth().oauth2(token).queryParam("dimensionAtObservation", "COLOUR")
                .get(SDMX + "schema/dataflow/WEGO/CEDS_LOSI/2022").then().statusCode(400);
        given().auth().oauth2(token).queryParam("explicitMeasure", "true")
                .get(SDMX + "schema/dataflow/WEGO/CEDS_LOSI/2022").then().statusCode(400);
        given().auth().oauth2(token).get(SDMX + "schema/dataflow/WEGO/all/latest").then().statusCode(400);
        given().auth().oauth2(token).get(SDMX + "schema/dataflow/WEGO/CEDS_NOPE/1.0").then().statusCode(404);
        given().auth().oauth2(token).get(SDMX + "schema/provisionagreement/WEGO/CEDS_LOSI/2022").then().statusCode(404);
        given().get(SDMX + "schema/dataflow/WEGO/CEDS_LOSI/2022").then().spec(problem(401));
        given().auth().oauth2(token).get(SDMX + "schema/dataflow/WEGO/CEDS_LOSI").then().statusCode(200);
    }
}
