package org.wego.ceds.domain.feed;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.wego.ceds.domain.assessment.AssessmentDesk;

/** Fills the SDMX read model with results published before it existed, once, at startup. */
@ApplicationScoped
public class SdmxBackfill {

    private static final Logger LOG = Logger.getLogger(SdmxBackfill.class);

    private final AssessmentDesk desk;

    public SdmxBackfill(AssessmentDesk desk) {
        this.desk = desk;
    }

    void fill(@Observes @Priority(2000) StartupEvent start) {
        int n = desk.backfillObservations();
        if (n > 0) {
            LOG.infof("SDMX read model: added the observations of %d assessments published before it existed", n);
        }
    }
}
