package org.wego.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Drives {@link RelayPass}: right after every commit that recorded events (so an event leaves within milliseconds),
 * and on a tick that picks up whatever is left — rows backing off, a write made while Kafka was away, a crash between
 * commit and send. Each pass is one transaction with an explicit timeout, and the pass itself stops waiting for acks
 * well before it ({@code wego.outbox.pass-budget}), so no pass outlives its transaction.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final RelayPass pass;
    private final OutboxStatus status;
    private final ManagedExecutor executor;
    private final int transactionTimeoutSeconds;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean pendingWake = new AtomicBoolean();

    public OutboxRelay(RelayPass pass, OutboxStatus status, ManagedExecutor executor,
                       @ConfigProperty(name = "wego.outbox.pass-budget", defaultValue = "10s") Duration budget) {
        this.pass = pass;
        this.status = status;
        this.executor = executor;
        // Three times the budget: marking the rows after the last ack must fit too, however slow the database is.
        this.transactionTimeoutSeconds = (int) Math.max(5, budget.toSeconds() * 3);
    }

    /** Right after a commit that recorded events: publish now instead of at the next tick. */
    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Recorded recorded) {
        wake();
    }

    /** After an operator put parked rows back in line. */
    void onRedriven(@Observes OutboxStatus.Redriven redriven) {
        wake();
    }

    /** The safety net: picks up rows left by a failed send, a crash, a backoff, or a write made while Kafka was away. */
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
                RelayPass.Result result;
                do {
                    result = QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds).call(pass::run);
                } while (result.sentAll() && result.selected() == RelayPass.BATCH);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay pass failed, the next tick retries: %s", e.getMessage());
        } finally {
            draining.set(false);
        }
        // A wake-up that arrived after the loop ended but before the flag was cleared would otherwise wait a tick.
        if (pendingWake.get() && draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }
}
