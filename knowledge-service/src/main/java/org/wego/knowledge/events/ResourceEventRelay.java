package org.wego.knowledge.events;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.quarkus.runtime.StartupEvent;
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
import org.wego.events.SendFailures;
import org.wego.knowledge.domain.resource.KnowledgeResource;
import org.wego.knowledge.domain.resource.ResourceDesk;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the events each resource document carries in {@code pendingEvents} — the MongoDB counterpart of the
 * PostgreSQL outbox relay, with the same promises:
 * <ul>
 * <li>waiting documents are found through an index on {@code pendingSince}, oldest first, never by a collection scan
 *     (the local wire server scans anyway; MongoDB uses the index);</li>
 * <li>a resource's events go in order, each after the broker acknowledged the one before; an event the broker
 *     refuses backs off and is parked after {@code wego.outbox.max-attempts} refusals (at once when it can never be
 *     accepted, e.g. too large) — later events of that resource wait, other resources flow;</li>
 * <li>one instance relays at a time ({@link RelayLease}); an event is marked sent ({@link RelayedEvent}) before it
 *     leaves the document, so a write that raced the relay and put it back does not send it twice;</li>
 * <li>a pass stops at its budget ({@code wego.outbox.pass-budget}); the broker being away ends it early.</li>
 * </ul>
 */
@ApplicationScoped
public class ResourceEventRelay {

    private static final Logger LOG = Logger.getLogger(ResourceEventRelay.class);
    static final int BATCH = 100;

    private final Emitter<String> emitter;
    private final ManagedExecutor executor;
    private final KnowledgeOutboxStatus status;
    private final String source;
    private final String topic;
    private final Duration budget;
    private final int maxAttempts;
    private final Duration backoff;
    private final String instance = UUID.randomUUID().toString();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean pendingWake = new AtomicBoolean();

    public ResourceEventRelay(@Channel("knowledge-out") Emitter<String> emitter, ManagedExecutor executor,
                              KnowledgeOutboxStatus status,
                              @ConfigProperty(name = "wego.events.source") String source,
                              @ConfigProperty(name = "wego.events.topic") String topic,
                              @ConfigProperty(name = "wego.outbox.pass-budget", defaultValue = "10s") Duration budget,
                              @ConfigProperty(name = "wego.outbox.max-attempts", defaultValue = "5") int maxAttempts,
                              @ConfigProperty(name = "wego.outbox.backoff", defaultValue = "1s") Duration backoff) {
        this.emitter = emitter;
        this.executor = executor;
        this.status = status;
        this.source = source;
        this.topic = topic;
        this.budget = budget;
        this.maxAttempts = maxAttempts;
        this.backoff = backoff;
    }

    void indexes(@Observes StartupEvent start) {
        try {
            KnowledgeResource.mongoCollection().createIndex(Indexes.ascending("pendingSince"),
                    new IndexOptions().sparse(true).name("pending_events"));
        } catch (RuntimeException e) {
            LOG.warnf("index on pendingSince not created now (MongoDB away?), the relay works without it: %s",
                    e.getMessage());
        }
    }

    void onWritten(@Observes ResourceDesk.Written written) {
        wake();
    }

    void onRedriven(@Observes KnowledgeOutboxStatus.Redriven redriven) {
        wake();
    }

    @Scheduled(every = "${wego.outbox.poll-interval:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        wake();
        status.refresh();
    }

    public void wake() {
        pendingWake.set(true);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            while (pendingWake.getAndSet(false)) {
                while (pass() == BATCH) {
                    // a full batch was relayed: more may be waiting
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

    /** @return how many documents were emptied of their events */
    int pass() {
        if (!RelayLease.tryAcquire(instance, budget.multipliedBy(3))) {
            return 0;
        }
        Instant deadline = Instant.now().plus(budget);
        int emptied = 0;
        for (KnowledgeResource r : KnowledgeResource.<KnowledgeResource>mongoCollection()
                .find(Filters.exists("pendingSince")).sort(Sorts.ascending("pendingSince")).limit(BATCH)) {
            Outcome outcome = relay(r, deadline);
            if (outcome == Outcome.BROKER_AWAY || outcome == Outcome.OUT_OF_TIME) {
                return 0;
            }
            if (outcome == Outcome.EMPTIED) {
                emptied++;
            }
        }
        return emptied;
    }

    private enum Outcome { EMPTIED, KEY_WAITS, BROKER_AWAY, OUT_OF_TIME }

    private Outcome relay(KnowledgeResource r, Instant deadline) {
        for (Document e : r.pendingEvents) {
            String eventId = e.getString("id");
            if (e.get("parkedAt") != null) {
                return Outcome.KEY_WAITS;
            }
            Date next = e.getDate("nextAttemptAt");
            if (next != null && next.toInstant().isAfter(Instant.now())) {
                return Outcome.KEY_WAITS;
            }
            if (RelayedEvent.findById(eventId) == null) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    return Outcome.OUT_OF_TIME;
                }
                try {
                    toOutbound(e).sendWith(emitter::send).get(left, TimeUnit.MILLISECONDS);
                } catch (Exception failure) {
                    Throwable cause = failure instanceof java.util.concurrent.ExecutionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    return refused(r.id, e, cause);
                }
                RelayedEvent.sent(eventId);
            }
            KnowledgeResource.mongoCollection().updateOne(Filters.eq("_id", r.id),
                    Updates.pull("pendingEvents", new Document("id", eventId)));
        }
        // Only if no write queued another event meanwhile.
        KnowledgeResource.mongoCollection().updateOne(Filters.and(Filters.eq("_id", r.id), Filters.size("pendingEvents", 0)),
                Updates.unset("pendingSince"));
        return Outcome.EMPTIED;
    }

    private Outcome refused(String documentId, Document e, Throwable failure) {
        String error = SendFailures.describe(failure);
        SendFailures.Kind kind = SendFailures.of(failure);
        if (kind == SendFailures.Kind.BROKER_AWAY) {
            LOG.warnf("Kafka is not reachable, knowledge events wait for it: %s", error);
            return Outcome.BROKER_AWAY;
        }
        int attempts = e.getInteger("attempts", 0) + 1;
        boolean park = kind == SendFailures.Kind.ROW_UNSENDABLE || attempts >= maxAttempts;
        Instant now = Instant.now();
        KnowledgeResource.mongoCollection().updateOne(
                Filters.and(Filters.eq("_id", documentId), Filters.eq("pendingEvents.id", e.getString("id"))),
                Updates.combine(Updates.set("pendingEvents.$.attempts", attempts),
                        Updates.set("pendingEvents.$.lastError", error),
                        park ? Updates.set("pendingEvents.$.parkedAt", Date.from(now))
                                : Updates.set("pendingEvents.$.nextAttemptAt",
                                Date.from(now.plus(backoff.multipliedBy(1L << Math.min(16, attempts - 1)))))));
        if (park) {
            LOG.errorf("Knowledge event %s (%s, resource %s) PARKED after %d attempts; later events of this resource "
                    + "wait. Fix the cause, then re-drive it: %s", e.getString("id"), e.getString("type"), documentId,
                    attempts, error);
        }
        return Outcome.KEY_WAITS;
    }

    private OutboundEvent toOutbound(Document e) {
        Object sequence = e.get("sequence");
        return new OutboundEvent(e.getString("id"), e.getString("type"), source, "resources/" + e.getString("key"),
                Instant.parse(e.getString("time")), topic, e.getString("key"),
                sequence instanceof Number n ? n.longValue() : null, e.getString("data"));
    }
}
