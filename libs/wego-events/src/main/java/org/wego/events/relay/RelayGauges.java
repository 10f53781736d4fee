package org.wego.events.relay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.function.Supplier;

/** The relay's Prometheus gauges, the same in every service: read from the last tick, a scrape does no I/O. */
public final class RelayGauges {

    private RelayGauges() {
    }

    public static void register(MeterRegistry registry, Supplier<RelayOperations.Figures> last) {
        Gauge.builder("wego_outbox_pending", last, s -> s.get().pending())
                .description("Events not yet acknowledged by Kafka (parked ones included)").register(registry);
        Gauge.builder("wego_outbox_parked", last, s -> s.get().parked())
                .description("Events the relay gave up on; their keys wait for a re-drive").register(registry);
        Gauge.builder("wego_outbox_oldest_pending_seconds", last, s -> s.get().oldestPendingSeconds())
                .description("Age of the oldest event still waiting").register(registry);
    }
}
