package org.wego.knowledge.events;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.jboss.logging.Logger;
import org.wego.events.OutboundEvent;
import org.wego.knowledge.domain.resource.KnowledgeResource;
import org.wego.knowledge.domain.resource.ResourceDesk;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the events each resource document carries in {@code pendingEvents}, then removes them from it — the
 * MongoDB counterpart of the PostgreSQL services' outbox relay. At least once: with several instances two may send
 * the same event; it keeps its {@code ce_id}, and consumers deduplicate on it.
 */
@ApplicationScoped
public class ResourceEventRelay {

    private static final Logger LOG = Logger.getLogger(ResourceEventRelay.class);

    private final Emitter<String> emitter;
    private final ManagedExecutor executor;
    private final String source;
    private final String topic;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean pendingWake = new AtomicBoolean();

    public ResourceEventRelay(@Channel("knowledge-out") Emitter<String> emitter, ManagedExecutor executor,
                              @ConfigProperty(name = "wego.events.source") String source,
                              @ConfigProperty(name = "wego.events.topic") String topic) {
        this.emitter = emitter;
        this.executor = executor;
        this.source = source;
        this.topic = topic;
    }

    void onWritten(@Observes ResourceDesk.Written written) {
        wake();
    }

    @Scheduled(every = "${wego.outbox.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        wake();
    }

    private void wake() {
        pendingWake.set(true);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (pendingWake.getAndSet(false)) {
                for (KnowledgeResource r : KnowledgeResource.<KnowledgeResource>find("{'pendingEvents.0': {'$exists': true}}").list()) {
                    for (Document e : r.pendingEvents) {
                        publish(r.id, e);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Knowledge event relay pass failed, the next tick retries: %s", e.getMessage());
        } finally {
            draining.set(false);
        }
        if (pendingWake.get() && draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void publish(String documentId, Document e) {
        OutboundEvent event = new OutboundEvent(e.getString("id"), e.getString("type"), source,
                "resources/" + e.getString("key"), Instant.parse(e.getString("time")), topic, e.getString("key"),
                e.getString("data"));
        try {
            event.sendWith(emitter::send).get(15, TimeUnit.SECONDS);
        } catch (Exception ex) {
            throw new IllegalStateException("event " + event.id() + " not acknowledged: " + ex.getMessage(), ex);
        }
        KnowledgeResource.mongoCollection().updateOne(Filters.eq("_id", documentId),
                Updates.pull("pendingEvents", new Document("id", event.id())));
    }
}
