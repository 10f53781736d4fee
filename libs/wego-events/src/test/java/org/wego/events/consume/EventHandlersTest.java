package org.wego.events.consume;

import org.junit.jupiter.api.Test;
import org.wego.events.EventTypes;
import org.wego.events.InboundEvent;
import org.wego.events.MalformedEventException;
import org.wego.events.membership.MemberAdmittedV1;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventHandlersTest {

    static final String SEOUL = "{\"code\":\"seoul\",\"name\":\"Seoul\",\"country\":\"KR\",\"region\":\"ASIA\","
            + "\"type\":\"FULL\",\"joinedOn\":\"2008-09-01\"}";

    static InboundEvent event(String type, String data) {
        return new InboundEvent("e-1", type, "/wego/test", "members/seoul", Instant.now(), "seoul", 7L, data);
    }

    private final List<MemberAdmittedV1> applied = new ArrayList<>();
    private final EventHandlers handlers = EventHandlers.builder()
            .on(EventTypes.MEMBER_ADMITTED, MemberAdmittedV1.class, (e, p) -> applied.add(p))
            .build();

    @Test
    void aKnownTypeIsCheckedReadAndApplied() {
        handlers.apply(event(EventTypes.MEMBER_ADMITTED, SEOUL));
        assertEquals(1, applied.size());
        assertEquals("Seoul", applied.get(0).name());
    }

    @Test
    void dataAgainstTheSchemaIsMalformedAndNothingIsApplied() {
        MalformedEventException e = assertThrows(MalformedEventException.class,
                () -> handlers.apply(event(EventTypes.MEMBER_ADMITTED, SEOUL.replace("\"KR\"", "\"Korea\""))));
        assertTrue(e.getMessage().contains("schema"), e.getMessage());
        assertTrue(applied.isEmpty());
    }

    @Test
    void anUnknownVersionOfAConsumedTypeIsMalformed() {
        MalformedEventException e = assertThrows(MalformedEventException.class,
                () -> handlers.apply(event("org.wego.membership.member.admitted.v2", SEOUL)));
        assertTrue(e.getMessage().contains("version this consumer does not know"), e.getMessage());
        assertTrue(handlers.concerns("org.wego.membership.member.admitted.v2"));
    }

    @Test
    void typesTheConsumerDoesNotActOnAreSkipped() {
        assertFalse(handlers.concerns(EventTypes.VOTE_CAST));
        handlers.apply(event(EventTypes.VOTE_CAST, "{}"));
        assertTrue(applied.isEmpty());
    }

    @Test
    void oneHandlerPerType() {
        EventHandlers.Builder builder = EventHandlers.builder().on(EventTypes.VOTE_CAST, Object.class, (e, p) -> { });
        assertThrows(IllegalArgumentException.class, () -> builder.on(EventTypes.VOTE_CAST, Object.class, (e, p) -> { }));
    }
}
