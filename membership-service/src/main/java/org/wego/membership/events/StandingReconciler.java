package org.wego.membership.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;
import org.wego.membership.domain.StandingPublisher;

import java.util.List;

/**
 * Re-derives every member's effective-status timeline and publishes those that differ from what was last published:
 * members admitted before standing events existed, and anything a write path ever missed. Writes publish their own
 * changes and timelines carry future days, so this is a safety net, not what keeps consumers current. Safe with
 * several instances: the publisher's row lock lets one of them publish a change, the other finds nothing to do.
 */
@ApplicationScoped
public class StandingReconciler {

    private static final Logger LOG = Logger.getLogger(StandingReconciler.class);
    private static final int BATCH = 1_000;

    private final StandingPublisher publisher;
    private final EntityManager em;

    public StandingReconciler(StandingPublisher publisher, EntityManager em) {
        this.publisher = publisher;
        this.em = em;
    }

    @Scheduled(every = "${wego.membership.standing.reconcile-interval:6h}",
            delayed = "${wego.membership.standing.reconcile-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            int published = reconcile();
            if (published > 0) {
                LOG.infof("published %d member standing timelines that had changed", published);
            }
        } catch (RuntimeException e) {
            LOG.warnf("standing reconciliation failed, the next run retries: %s", e.getMessage());
        }
    }

    /**
     * Before the service takes traffic: members whose standing was never derived (loaded before standing events
     * existed, or by SQL) get their timeline and their standing periods, which member lists and the directory read.
     */
    void onStart(@Observes StartupEvent start) {
        int published = reconcile(UNPUBLISHED);
        if (published > 0) {
            LOG.infof("derived the standing of members that had none; published %d timelines", published);
        }
    }

    /** One transaction per batch of members, in code order; returns how many timelines were published. */
    public int reconcile() {
        return reconcile("");
    }

    private static final String UNPUBLISHED =
            " and not exists (select 1 from member_standing_published p where p.member_code = m.code)";

    private int reconcile(String condition) {
        int published = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> codes = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                            "select m.code from member m where m.code > ?1" + condition + " order by m.code", String.class)
                    .setParameter(1, from).setMaxResults(BATCH).getResultList());
            if (codes.isEmpty()) {
                return published;
            }
            published += QuarkusTransaction.requiringNew().timeout(120)
                    .call(() -> publisher.publishIfChanged(codes, StandingPublisher.Cause.RECONCILIATION));
            after = codes.get(codes.size() - 1);
        }
    }
}
