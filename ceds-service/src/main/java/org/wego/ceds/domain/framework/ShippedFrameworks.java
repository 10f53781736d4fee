package org.wego.ceds.domain.framework;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Publishes the frameworks shipped with the service (resources/frameworks) at startup when they are absent. */
@ApplicationScoped
public class ShippedFrameworks {

    static final List<String> FILES = List.of("frameworks/losi-2022.json", "frameworks/ceds-maturity-1.0.json");
    private static final Logger LOG = Logger.getLogger(ShippedFrameworks.class);

    private final FrameworkCatalogue catalogue;
    private final ObjectMapper json;

    public ShippedFrameworks(FrameworkCatalogue catalogue, ObjectMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    void load(@Observes StartupEvent start) throws IOException {
        for (String file : FILES) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
                Framework framework = json.readValue(in, Framework.class);
                if (!catalogue.exists(framework.code(), framework.version())) {
                    catalogue.publish(framework, "shipped");
                    LOG.infof("published shipped framework %s %s (%d indicators)", framework.code(),
                            framework.version(), framework.indicators().size());
                }
            }
        }
    }
}
