package org.wego.events.consume;

import org.wego.events.EventPayloads;
import org.wego.events.EventSchemas;
import org.wego.events.InboundEvent;
import org.wego.events.MalformedEventException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * What one consumer does with each event type it acts on. Data is checked against the type's published schema and
 * read into its payload record before the handler runs. A type the consumer does not act on is skipped; a version it
 * does not know of a type it acts on ({@code ...member.admitted.v2} for a v1 reader) is malformed: it can never be
 * applied by this code, so it goes to the dead-letter topic instead of being skipped silently.
 */
public final class EventHandlers {

    private final Map<String, BiConsumer<InboundEvent, String>> byType;
    private final Set<String> families;

    private EventHandlers(Map<String, BiConsumer<InboundEvent, String>> byType) {
        this.byType = Map.copyOf(byType);
        Set<String> f = new HashSet<>();
        byType.keySet().forEach(t -> f.add(family(t)));
        this.families = Set.copyOf(f);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Set<String> types() {
        return byType.keySet();
    }

    /** False for types this consumer neither acts on nor could mistake for one it acts on: they cost nothing. */
    public boolean concerns(String type) {
        return byType.containsKey(type) || families.contains(family(type));
    }

    /** Applies {@code event} if this consumer acts on its type; throws {@link MalformedEventException} if unusable. */
    public void apply(InboundEvent event) {
        BiConsumer<InboundEvent, String> handler = byType.get(event.type());
        if (handler != null) {
            EventSchemas.check(event);
            handler.accept(event, event.type());
        } else if (families.contains(family(event.type()))) {
            throw new MalformedEventException("event " + event.id() + " has type " + event.type()
                    + ", a version this consumer does not know (it reads " + byType.keySet().stream()
                    .filter(t -> family(t).equals(family(event.type()))).sorted().toList() + ")");
        }
    }

    /** {@code org.wego.membership.member.admitted.v1} → {@code org.wego.membership.member.admitted}. */
    static String family(String type) {
        return type.replaceFirst("\\.v\\d+$", "");
    }

    public static final class Builder {

        private final Map<String, BiConsumer<InboundEvent, String>> byType = new HashMap<>();

        /** {@code apply} receives the event (id, sequence, time) and its payload read as {@code payload}. */
        public <T> Builder on(String type, Class<T> payload, BiConsumer<InboundEvent, T> apply) {
            if (byType.putIfAbsent(type, (event, t) -> apply.accept(event, EventPayloads.read(event, payload))) != null) {
                throw new IllegalArgumentException("two handlers for " + type);
            }
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
