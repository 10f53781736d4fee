package org.wego.ceds.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Tokens;

import java.io.InputStream;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.testsupport.Problems.problem;

/**
 * The SDMX feed as partners pull it. SDMX-JSON is validated against the official SDMX-JSON 1.0 data-message schema
 * (a copy of ../shared/reference/sdmx-json/sdmx-json-data-schema-1.0.json in test resources).
 */
@QuarkusTest
class SdmxResourceTest {

    private static final String DATA = "/api/v1/ceds/sdmx/data/";
    private static final String SDMX_JSON = "application/vnd.sdmx.data+json;version=1.0";
    private static final String SDMX_CSV = "application/vnd.sdmx.data+csv;version=1.0.0";

    static JsonSchema schema() throws Exception {
        try (InputStream in = SdmxResourceTest.class.getResourceAsStream("/sdmx/sdmx-json-data-schema-1.0.json")) {
            ObjectNode node = (ObjectNode) new ObjectMapper().readTree(in);
            node.remove("$schema"); // "https://json-schema.org/schema#" names no draft; it is written for draft-04 (it uses "id")
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(node);
        }
    }

    static String partner() {
        return Tokens.ofClient("undesa-feed", "undesa-feed-secret");
    }

    /** A published LOSI assessment (84/86) of a fresh Korean city for a year no other test uses: city, year, id. */
    static String[] published() {
        int year = 2050 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 40);
        String city = AssessmentResourceTest.uniqueCity("sdmx");
        String id = AssessmentResourceTest.scored(city, year, 84);
        AssessmentResourceTest.post("secretariat", id, "publish").statusCode(200);
        return new String[]{city, Integer.toString(year), id};
    }

    @Test
    void sdmxJsonPassesTheOfficialSchemaAndCarriesTheScores() throws Exception {
        String[] p = published();
        String body = given().auth().oauth2(partner()).accept(SDMX_JSON)
                .queryParam("startPeriod", p[1]).queryParam("endPeriod", p[1])
                .get(DATA + "WEGO,CEDS_LOSI,2022/410." + p[0] + ".SCORE+IF")
                .then().statusCode(200).contentType(startsWith("application/vnd.sdmx.data+json"))
                .extract().asString();
        JsonNode message = new ObjectMapper().readTree(body);
        Set<ValidationMessage> errors = schema().validate(message);
        assertTrue(errors.isEmpty(), errors.toString());
        // The validator does reject a message that breaks the schema (so the check above means something).
        JsonNode broken = message.deepCopy();
        ((ObjectNode) broken.get("meta")).remove("sender");
        ((ObjectNode) broken.at("/data/dataSets/0")).remove("links");
        assertEquals(2, schema().validate(broken).size());

        JsonNode structure = message.at("/data/structure/dimensions");
        assertEquals("410", structure.at("/series/0/values/0/id").asText());
        assertEquals(p[0], structure.at("/series/1/values/0/id").asText());
        assertEquals(2, structure.at("/series/2/values").size()); // IF, SCORE
        JsonNode series = message.at("/data/dataSets/0/series");
        int scoreIndex = structure.at("/series/2/values/0/id").asText().equals("SCORE") ? 0 : 1;
        assertEquals(0.9767, series.get("0:0:" + scoreIndex).at("/observations/0/0").asDouble());
        assertEquals(1.0, series.get("0:0:" + (1 - scoreIndex)).at("/observations/0/0").asDouble());
    }

    @Test
    void sdmxCsvHasOneRowPerObservation() {
        String[] p = published();
        String csv = given().auth().oauth2(partner()).accept(SDMX_CSV)
                .queryParam("startPeriod", p[1]).queryParam("endPeriod", p[1])
                .get(DATA + "WEGO,CEDS_LOSI,2022/." + p[0] + ".")
                .then().statusCode(200).contentType(startsWith("application/vnd.sdmx.data+csv")).extract().asString();
        String[] lines = csv.split("\n");
        assertEquals("DATAFLOW,REF_AREA,CITY,MEASURE,TIME_PERIOD,OBS_VALUE,MATURITY_LEVEL", lines[0]);
        assertEquals(1 + 6, lines.length, csv); // SCORE + five criteria
        assertTrue(csv.contains("WEGO:CEDS_LOSI(2022),410," + p[0] + ",SCORE," + p[1] + ",0.9767,VERY_HIGH"), csv);
    }

    @Test
    void incrementalPullsAndNoResults() {
        String[] p = published();
        given().auth().oauth2(partner()).accept(SDMX_JSON).queryParam("updatedAfter", "2000-01-01T00:00:00Z")
                .get(DATA + "CEDS_LOSI/." + p[0] + ".SCORE").then().statusCode(200);
        given().auth().oauth2(partner()).accept(SDMX_JSON).queryParam("updatedAfter", "2999-01-01T00:00:00Z")
                .get(DATA + "CEDS_LOSI/." + p[0] + ".SCORE").then().spec(problem(404)).body("detail", containsString("No results found"));
    }

    @Test
    void badQueriesAndRoles() {
        given().auth().oauth2(partner()).accept(SDMX_JSON).get(DATA + "WEGO,CEDS_LOSI,2022/410.seoul")
                .then().spec(problem(400)).body("violations[0].field", org.hamcrest.Matchers.equalTo("key"));
        given().auth().oauth2(partner()).accept(SDMX_JSON).get(DATA + "IMF,CEDS_LOSI,1.0/all").then().spec(problem(404));
        given().auth().oauth2(partner()).accept(SDMX_JSON).get(DATA + "WEGO,CEDS_NOPE,1.0/all").then().spec(problem(404));
        given().auth().oauth2(partner()).accept(SDMX_JSON).queryParam("startPeriod", "last year")
                .get(DATA + "WEGO,CEDS_LOSI,2022/all").then().spec(problem(400));
        given().auth().oauth2(Tokens.of("official-seoul")).accept(SDMX_JSON).get(DATA + "WEGO,CEDS_LOSI,2022/all")
                .then().spec(problem(403));
        given().accept(SDMX_JSON).get(DATA + "WEGO,CEDS_LOSI,2022/all").then().spec(problem(401));
    }

    /** TIME_PERIOD of each data row (SDMX-CSV), in the order the message lists them. */
    private static java.util.List<String> periods(String key, java.util.Map<String, Object> params) {
        String csv = given().auth().oauth2(partner()).accept("application/vnd.sdmx.data+csv;version=1.0.0")
                .queryParams(params).get(DATA + "WEGO,CEDS_LOSI,2022/" + key).then().statusCode(200).extract().asString();
        String[] lines = csv.strip().split("\r?\n");
        int column = java.util.Arrays.asList(lines[0].split(",")).indexOf("TIME_PERIOD");
        return java.util.Arrays.stream(lines).skip(1).map(l -> l.split(",")[column]).toList();
    }

    @Test
    void firstAndLastNObservationsArePerSeries() {
        String city = AssessmentResourceTest.uniqueCity("lastn");
        int base = 2050 + (int) (Math.abs(UUID.randomUUID().getMostSignificantBits()) % 45); // a fresh city: any years
        for (int n = 0; n < 3; n++) {
            String id = AssessmentResourceTest.scored(city, base + n, 60 + 10 * n);
            AssessmentResourceTest.post("secretariat", id, "publish").statusCode(200);
        }
        String y1 = Integer.toString(base), y2 = Integer.toString(base + 1), y3 = Integer.toString(base + 2);
        String score = "410." + city + ".SCORE";
        assertEquals(java.util.List.of(y1, y2, y3), periods(score, java.util.Map.of()));
        assertEquals(java.util.List.of(y3), periods(score, java.util.Map.of("lastNObservations", 1)));
        assertEquals(java.util.List.of(y2, y3), periods(score, java.util.Map.of("lastNObservations", 2)));
        assertEquals(java.util.List.of(y1), periods(score, java.util.Map.of("firstNObservations", 1)));
        assertEquals(java.util.List.of(y1, y3), periods(score, java.util.Map.of("firstNObservations", 1, "lastNObservations", 1)));
        assertEquals(java.util.List.of(y1, y2, y3), periods(score, java.util.Map.of("firstNObservations", 2, "lastNObservations", 2)));
        // the period window applies first, then the last observation of what it selected
        assertEquals(java.util.List.of(y2), periods(score, java.util.Map.of("lastNObservations", 1, "startPeriod", y1,
                "endPeriod", y2)));
        // per series: every measure of the city keeps its own latest year
        java.util.List<String> latest = periods("410." + city + ".", java.util.Map.of("lastNObservations", 1));
        assertEquals(6, latest.size(), latest.toString());
        assertTrue(latest.stream().allMatch(y3::equals), latest.toString());
        given().auth().oauth2(partner()).queryParam("lastNObservations", 0).get(DATA + "WEGO,CEDS_LOSI,2022/" + score)
                .then().statusCode(400);
    }
}
