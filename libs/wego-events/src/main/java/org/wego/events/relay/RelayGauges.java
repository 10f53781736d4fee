package org.wego.events.relay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.function.Supplier;

/** The relay's Prometheus gauges, the same in every service: read from the last tick, a scrape does no I/O. */
public final class RelayGauges {

    private RelayGauges() {
    }

    public static void register(MeterRegistry registry, Supplier<RelayOperations.Figures> last) {
        // Strong references: Micrometer holds a gauge's state weakly, and nothing else holds this supplier.
        Gauge.builder("wego_outbox_pending", last, s -> s.get().pending()).strongReference(true)
                .description("Events not yet acknowledged by Kafka (parked ones included)").register(registry);
        Gauge.builder("wego_outbox_parked", last, s -> s.get().parked()).strongReference(true)
                .description("Events the relay gave up on; their keys wait for a re-drive").register(registry);
        Gauge.builder("wego_outbox_oldest_pending_seconds", last, s -> s.get().oldestPendingSeconds()).strongReference(true)
                .description("Age of the oldest event still waiting").register(registry);
    }
}
