package org.wego.knowledge.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.wego.testsupport.Problems.problem;

/**
 * Relevance and facets on a small fixture corpus. Its key words are invented per test (e.g. "qubarinex"), so no other
 * resource in the shared test database can match them and the expected ranking is fully known.
 */
@QuarkusTest
class SearchResourceTest {

    static final String SEARCH = "/api/v1/knowledge/search";
    private static final Random RANDOM = new Random();

    String w1;
    String w2;
    String w3;
    String inTitle;
    String inBody;
    String phrase;
    String scattered;
    String african;
    String draft;

    /** Ten random letters between fixed ends: two such words are never within the fuzzy edit distance of 2. */
    static String word() {
        StringBuilder b = new StringBuilder("qz");
        for (int i = 0; i < 10; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.append("x").toString();
    }

    static Map<String, Object> doc(String title, String summary, String body, String region, String theme) {
        Map<String, Object> m = new HashMap<>(Map.of("type", "GOOD_PRACTICE", "title", title, "summary", summary, "body", body,
                "regions", List.of(region), "themes", List.of(theme)));
        return m;
    }

    @BeforeEach
    void corpus() {
        w1 = word();
        w2 = word();
        w3 = word();
        inTitle = ResourceResourceTest.published(doc("The " + w1 + " programme", "A city platform", "Plain text", "ASIA", "SERVICES"));
        inBody = ResourceResourceTest.published(doc("Another platform", "A city platform",
                "It mentions " + w1 + " in passing", "ASIA", "EFFICIENCY"));
        phrase = ResourceResourceTest.published(doc("Phrase doc", "summary", w2 + " " + w3 + " together", "EUROPE", "OPEN_CITY"));
        scattered = ResourceResourceTest.published(doc("Scattered doc", "summary", w3 + " is far from " + w2, "EUROPE", "OPEN_CITY"));
        Map<String, Object> report = doc("Report on " + w1, "From Nairobi", "Body", "AFRICA", "SERVICES");
        report.put("type", "REPORT");
        african = ResourceResourceTest.published(report);
        draft = ResourceResourceTest.create("secretariat", doc("Draft about " + w1, "not public yet", "body", "ASIA", "SERVICES"));
    }

    private JsonPath search(String token, Map<String, Object> params) {
        var request = given();
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        return request.queryParams(params).get(SEARCH).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aTitleMatchRanksAboveABodyMatchAndDraftsStayHidden() {
        JsonPath r = search(null, Map.of("q", w1));
        assertEquals(inTitle, r.getString("results[0].id"), r.prettify());
        List<String> ids = r.getList("results.id");
        assertTrue(ids.indexOf(inTitle) < ids.indexOf(inBody), r.prettify());
        assertTrue(!ids.contains(draft), "anonymous callers never see drafts");
        assertEquals(3, r.getInt("count"));
        assertTrue(r.getString("results[0].highlights.title[0]").contains("<b>" + w1 + "</b>"), r.prettify());

        JsonPath editor = search(Tokens.of("secretariat"), Map.of("q", w1));
        assertEquals(4, editor.getInt("count"));
        assertEquals(Boolean.TRUE, editor.get("results.find { it.id == '" + draft + "' }.draft"));
    }

    @Test
    void aRememberedAnswerIsNeverGivenAfterAWriteNorToAnotherAudience() {
        Map<String, Object> byLatest = Map.of("q", w1, "sort", "newest");
        assertEquals(3, search(null, byLatest).getInt("count"));
        assertEquals(3, search(null, byLatest).getInt("count")); // the same question again: answered from memory
        assertEquals(4, search(Tokens.of("secretariat"), byLatest).getInt("count"), "editors also see the draft");
        String added = ResourceResourceTest.published(doc("Late news on " + w1, "summary", "body", "ASIA", "SERVICES"));
        JsonPath after = search(null, byLatest);
        assertEquals(4, after.getInt("count"), after.prettify());
        assertEquals(added, after.getString("results[0].id"));
    }

    @Test
    void storedMarkupReachesAFrontendAsTextAndOnlyTheHighlightTagsAsMarkup() {
        String w = word();
        String title = "<img src=x onerror=alert(1)> " + w + " & <b>bold</b> \"quoted\"";
        String id = ResourceResourceTest.published(doc(title, "A city platform", "Body text", "ASIA", "SERVICES"));
        JsonPath r = search(null, Map.of("q", w));
        assertEquals(id, r.getString("results[0].id"), r.prettify());
        assertEquals("&lt;img src=x onerror=alert(1)&gt; <b>" + w + "</b> &amp; &lt;b&gt;bold&lt;&#x2F;b&gt; &quot;quoted&quot;",
                r.getString("results[0].highlights.title[0]"));
        assertEquals(title, r.getString("results[0].title"), "the plain title stays as stored (JSON, not HTML)");
    }

    @Test
    void phrasesPrefixesAndTypos() {
        assertEquals(List.of(phrase), search(null, Map.of("q", "\"" + w2 + " " + w3 + "\"")).getList("results.id"));
        JsonPath both = search(null, Map.of("q", w2 + " " + w3));
        assertEquals(2, both.getInt("count"), w2 + " " + w3 + " " + both.prettify());
        assertTrue(search(null, Map.of("q", w1.substring(0, 6) + "*")).getList("results.id").contains(inTitle));
        String typo = w1.substring(0, 5) + (w1.charAt(5) == 'a' ? 'e' : 'a') + w1.substring(6);
        JsonPath fuzzy = search(null, Map.of("q", typo));
        assertEquals(inTitle, fuzzy.getString("results[0].id"), fuzzy.prettify());
    }

    @Test
    void facetCountsHonourEveryOtherFilter() {
        JsonPath all = search(null, Map.of("q", w1));
        assertEquals(2, all.getInt("facets.region.ASIA"));
        assertEquals(1, all.getInt("facets.region.AFRICA"));
        assertEquals(2, all.getInt("facets.type.GOOD_PRACTICE"));

        JsonPath africa = search(null, Map.of("q", w1, "region", "AFRICA"));
        assertEquals(List.of(african), africa.getList("results.id"));
        // The region facet still offers ASIA (drill sideways); the type facet now counts African hits only.
        assertEquals(2, africa.getInt("facets.region.ASIA"));
        assertEquals(1, africa.getInt("facets.type.REPORT"));
        org.junit.jupiter.api.Assertions.assertNull(africa.get("facets.type.GOOD_PRACTICE"));

        // Newest first: the African report was published after the title match.
        assertEquals(List.of(african, inTitle), search(null, Map.of("q", w1, "theme", "SERVICES", "sort", "newest"))
                .getList("results.id"));
    }

    @Test
    void aPublishedEditIsFoundByItsNewWordsAtOnce() {
        String fresh = word();
        given().auth().oauth2(Tokens.of("secretariat")).contentType("application/merge-patch+json")
                .header("If-Match", "*").body(Map.of("summary", "now about " + fresh)).patch(ResourceResourceTest.RESOURCES + "/" + inBody)
                .then().statusCode(200);
        assertEquals(List.of(inBody), search(null, Map.of("q", fresh)).getList("results.id"));
    }

    /** Another instance wrote to MongoDB: this instance learns of it only from the knowledge events stream. */
    @Test
    void writesOfOtherInstancesArriveThroughTheEventStream() {
        String fresh = word();
        org.wego.knowledge.domain.resource.KnowledgeResource other = new org.wego.knowledge.domain.resource.KnowledgeResource();
        other.id = java.util.UUID.randomUUID().toString();
        other.type = "TOOL";
        other.status = "PUBLISHED";
        other.content = new org.bson.Document("type", "TOOL").append("title", "Tool " + fresh).append("summary", "s").append("language", "en");
        other.createdAt = java.time.Instant.now();
        other.updatedAt = other.createdAt;
        other.publishedAt = other.createdAt;
        other.revision = 1;
        other.persist();
        assertEquals(0, search(null, Map.of("q", fresh)).getInt("count"));
        org.wego.testsupport.KafkaProbe.send("it.wego.knowledge.events", other.id, org.wego.testsupport.KafkaProbe.cloudEvent(
                java.util.UUID.randomUUID().toString(), "org.wego.knowledge.resource.published.v1", "resources/" + other.id), "{}");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertEquals(List.of(other.id), search(null, Map.of("q", fresh)).getList("results.id")));
    }

    @Test
    void badQueriesAreTheClientsError() {
        given().queryParam("q", "title:(").get(SEARCH).then().spec(problem(400)).body("violations[0].field", equalTo("q"));
        given().queryParam("q", "*leading").get(SEARCH).then().spec(problem(400));
        given().queryParam("q", "x".repeat(501)).get(SEARCH).then().spec(problem(400));
        given().queryParam("type", "SPELL").get(SEARCH).then().spec(problem(400));
        given().queryParam("sdg", 18).get(SEARCH).then().spec(problem(400));
        given().queryParam("sort", "random").get(SEARCH).then().spec(problem(400));
        given().queryParam("q", "{\"$where\":\"1\"}").get(SEARCH).then().spec(problem(400));
        given().queryParam("q", "status:DRAFT " + w1).get(SEARCH).then().statusCode(200).body("results.id", not(hasItem(draft)));
    }
}
