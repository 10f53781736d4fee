package org.wego.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.wego.events.membership.MemberAdmittedV1;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The payload records and their published JSON Schemas must agree: what producers write, consumers can rely on. */
class EventSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonSchema schema(String type) {
        InputStream in = EventSchemasTest.class.getClassLoader().getResourceAsStream(EventTypes.schemaResource(type));
        assertNotNull(in, "no JSON Schema for " + type);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }

    static Set<ValidationMessage> validate(String type, String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        return schema(type).validate(node);
    }

    @Test
    void everyEventTypeHasASchema() {
        EventTypes.ALL.forEach(EventSchemasTest::schema);
    }

    @Test
    void memberAdmittedAsSerialisedMatchesItsSchema() throws Exception {
        String json = EventPayloads.toJson(new MemberAdmittedV1("addis-ababa", "Addis Ababa", "ET", "AFRICA", "FULL",
                LocalDate.of(2012, 3, 1), 3_800_000L));
        Set<ValidationMessage> errors = validate(EventTypes.MEMBER_ADMITTED, json);
        assertTrue(errors.isEmpty(), errors.toString());
        assertTrue(json.contains("\"joinedOn\":\"2012-03-01\""), json);
    }

    @Test
    void schemaRejectsWhatConsumersCouldNotUse() throws Exception {
        String badCountry = EventPayloads.toJson(new MemberAdmittedV1("seoul", "Seoul", "Korea", "ASIA", "FULL",
                LocalDate.of(2008, 9, 1), null));
        assertFalse(validate(EventTypes.MEMBER_ADMITTED, badCountry).isEmpty());
        String missingJoin = "{\"code\":\"seoul\",\"name\":\"Seoul\",\"country\":\"KR\",\"region\":\"ASIA\",\"type\":\"FULL\"}";
        assertFalse(validate(EventTypes.MEMBER_ADMITTED, missingJoin).isEmpty());
    }

    @Test
    void awardsEventsAsSerialisedMatchTheirSchemas() throws Exception {
        java.util.UUID edition = java.util.UUID.randomUUID();
        java.util.UUID entry = java.util.UUID.randomUUID();
        String announced = EventPayloads.toJson(new org.wego.events.awards.WinnersAnnouncedV1(edition, 2026,
                "WeGO Awards 2026", java.time.Instant.parse("2026-10-01T09:00:00Z"), java.util.List.of(
                new org.wego.events.awards.WinnersAnnouncedV1.Winner(entry, "SERVICES", 1, "seoul", "Seoul", "KR",
                        "ASIA", "One-stop portal", "summary", "description", "outcomes",
                        java.util.List.of("https://seoul.go.kr")))));
        Set<ValidationMessage> errors = validate(EventTypes.WINNERS_ANNOUNCED, announced);
        assertTrue(errors.isEmpty(), errors.toString());
        assertFalse(validate(EventTypes.WINNERS_ANNOUNCED, announced.replace("\"KR\"", "\"Korea\"")).isEmpty());

        String ranking = EventPayloads.toJson(new org.wego.events.awards.RankingFinalizedV1(edition, 2026, "SERVICES",
                java.util.List.of(new org.wego.events.awards.RankingFinalizedV1.Place(entry, "seoul", 1,
                        new java.math.BigDecimal("8.1234"))), java.util.List.of(entry)));
        assertTrue(validate(EventTypes.RANKING_FINALIZED, ranking).isEmpty(), ranking);
        String screened = EventPayloads.toJson(new org.wego.events.awards.EntryScreenedV1(entry, edition, "seoul",
                "SERVICES", "PASSED", "complete and eligible"));
        assertTrue(validate(EventTypes.ENTRY_SCREENED, screened).isEmpty(), screened);
        assertFalse(validate(EventTypes.ENTRY_SCREENED, screened.replace("PASSED", "MAYBE")).isEmpty());
    }
}
