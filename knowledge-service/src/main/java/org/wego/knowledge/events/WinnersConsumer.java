package org.wego.knowledge.events;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.wego.events.EventTypes;
import org.wego.events.InboundEvent;
import org.wego.events.consume.EventHandlers;
import org.wego.events.consume.EventRetry;
import org.wego.events.awards.WinnersAnnouncedV1;
import org.wego.knowledge.domain.resource.KnowledgeResource;
import org.wego.knowledge.domain.resource.ResourceContent;
import org.wego.knowledge.domain.resource.ResourceDesk;
import org.wego.knowledge.domain.resource.ResourceType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns each winning awards entry into a GOOD_PRACTICE draft for editors to polish and publish. The draft's id is
 * derived from the entry id, so a redelivered (or re-announced) event finds the draft already there and adds nothing.
 * MongoDB being away is retried with backoff; an announcement that can never be applied is dead-lettered.
 */
@ApplicationScoped
public class WinnersConsumer {

    private static final Set<String> REGIONS = Set.of("ASIA", "AFRICA", "EUROPE", "AMERICAS", "MIDDLE_EAST", "OCEANIA");

    static final String CONSUMER = "knowledge.award-winners";

    private final ResourceDesk desk;
    private final EventRetry retry;
    private final EventHandlers handlers = EventHandlers.builder()
            .on(EventTypes.WINNERS_ANNOUNCED, WinnersAnnouncedV1.class, (e, p) -> draftsFor(p))
            .build();

    public WinnersConsumer(ResourceDesk desk, EventRetry retry) {
        this.desk = desk;
        this.retry = retry;
    }

    @Incoming("awards-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        if (handlers.concerns(event.type())) {
            retry.untilApplied(CONSUMER, event, () -> handlers.apply(event));
        }
    }

    private void draftsFor(WinnersAnnouncedV1 announced) {
        for (WinnersAnnouncedV1.Winner w : announced.winners()) {
            String id = draftId(w.entryId());
            if (KnowledgeResource.findById(id) != null) {
                continue;
            }
            try {
                desk.insert(id, goodPractice(announced, w), null, "awards-service");
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
        }
    }

    public static String draftId(UUID entryId) {
        return UUID.nameUUIDFromBytes(("award-entry:" + entryId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static ResourceContent goodPractice(WinnersAnnouncedV1 a, WinnersAnnouncedV1.Winner w) {
        String body = (w.description() == null ? "" : w.description())
                + "\n\n## Outcomes\n\n" + (w.outcomes() == null ? "" : w.outcomes());
        String summary = w.summary() == null || w.summary().isBlank() ? w.title() : w.summary();
        return new ResourceContent(ResourceType.GOOD_PRACTICE, truncate(w.title(), 300), truncate(summary, 2_000),
                truncate(body, 100_000), "en", List.of(w.city()),
                w.country() == null || !w.country().matches("[A-Z]{2}") ? null : List.of(w.country()),
                w.region() != null && REGIONS.contains(w.region()) ? List.of(w.region()) : null,
                List.of(w.category()), null, List.of("WeGO Awards " + a.year()),
                w.links() == null ? null : w.links().stream().limit(30)
                        .map(url -> new ResourceContent.Link(url, null, null, null)).toList(),
                null,
                new ResourceContent.Provenance("AWARD_ENTRY", w.city(), null, a.editionId().toString(), a.year(),
                        w.category(), w.entryId().toString(), w.place()),
                null, null, null);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
