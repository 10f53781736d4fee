package org.wego.knowledge.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.wego.events.consume.EventRetry;
import org.wego.knowledge.domain.search.SearchIndex;

/**
 * Keeps this instance's search index in step with writes made by any instance: every knowledge event names a
 * resource, which is re-read from MongoDB and re-indexed. Each instance has its own consumer group
 * ({@code knowledge-index-<instance uuid>}) so every instance sees every event; a new instance starts from the
 * latest offset because its start-up rebuild already covers the past.
 */
@ApplicationScoped
public class IndexFeed {

    private final SearchIndex index;
    private final EventRetry retry;

    public IndexFeed(SearchIndex index, EventRetry retry) {
        this.index = index;
        this.retry = retry;
    }

    /** MongoDB away: the refresh is retried with backoff (the default failure strategy would stop the channel). */
    @Incoming("knowledge-index")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        if (record.key() != null && record.key().length() <= 64) {
            retry.untilApplied("knowledge.search-index", "re-index of " + record.key(), () -> index.refresh(record.key()));
        }
    }
}
