package org.wego.fault;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.awaitility.Awaitility.await;

/**
 * What each consuming service believes about member cities, read through its own API: the awards-service's and
 * the ceds-service's city lists and the knowledge-service's public directory, each as code → revision (how many
 * membership events were applied to that city: a redelivery applied twice would show as a higher number).
 */
final class Projections {

    enum Consumer {
        AWARDS("/api/v1/awards/cities", "secretariat"),
        CEDS("/api/v1/ceds/cities", "secretariat"),
        KNOWLEDGE("/api/v1/knowledge/directory", null);

        final String path;
        final String user;

        Consumer(String path, String user) {
            this.path = path;
            this.user = user;
        }

        String base() {
            return switch (this) {
                case AWARDS -> Api.awards();
                case CEDS -> Api.ceds();
                case KNOWLEDGE -> Api.knowledge();
            };
        }
    }

    private Projections() {
    }

    /** code → revision for every city the consumer knows, read page by page. */
    static Map<String, Integer> read(Consumer consumer) {
        Map<String, Integer> cities = new HashMap<>();
        for (int page = 0; ; page++) {
            Api.Answer a = Api.get(consumer.base() + consumer.path + "?size=100&page=" + page, consumer.user);
            if (a.status() != 200) {
                throw new IllegalStateException(consumer + " list answered " + a.status() + ": " + a.body());
            }
            JsonNode body = a.json();
            for (JsonNode city : body.get("items")) {
                cities.put(city.get("code").asText(), city.path("revision").asInt(1));
            }
            if ((long) (page + 1) * 100 >= body.get("total").asLong()) {
                return cities;
            }
        }
    }

    /**
     * Waits (polling, up to {@code deadline}) until every consumer knows every city of {@code codes}; returns what
     * is still missing then, and the revisions seen for those cities.
     */
    static Result awaitAll(Collection<String> codes, Duration deadline) {
        Instant start = Instant.now();
        Map<Consumer, Set<String>> missing = new HashMap<>();
        Map<Consumer, Map<String, Integer>> revisions = new HashMap<>();
        for (Consumer c : Consumer.values()) {
            missing.put(c, new HashSet<>(codes));
        }
        try {
            await().atMost(deadline).pollInterval(Duration.ofMillis(250)).until(() -> {
                for (Consumer c : Consumer.values()) {
                    if (!missing.get(c).isEmpty()) {
                        refresh(c, codes, missing.get(c), revisions);
                    }
                }
                return missing.values().stream().allMatch(Set::isEmpty);
            });
        } catch (ConditionTimeoutException e) {
            // what is still missing is the finding
        }
        // Revisions once more now that all arrived: a late duplicate would show here.
        for (Consumer c : Consumer.values()) {
            refresh(c, codes, new HashSet<>(), revisions);
        }
        return new Result(missing, revisions, Duration.between(start, Instant.now()));
    }

    private static void refresh(Consumer c, Collection<String> codes, Set<String> missing,
                                Map<Consumer, Map<String, Integer>> revisions) {
        Map<String, Integer> seen;
        try {
            seen = read(c);
        } catch (IllegalStateException e) {
            return; // the consumer is still coming back; the deadline decides
        }
        missing.removeIf(seen::containsKey);
        Map<String, Integer> mine = new HashMap<>();
        codes.forEach(code -> {
            if (seen.containsKey(code)) {
                mine.put(code, seen.get(code));
            }
        });
        revisions.put(c, mine);
    }

    record Result(Map<Consumer, Set<String>> missing, Map<Consumer, Map<String, Integer>> revisions, Duration took) {
        int lost() {
            Set<String> all = new HashSet<>();
            missing.values().forEach(all::addAll);
            return all.size();
        }

        /** Cities a consumer applied more than the one event each of them had. */
        int duplicates() {
            return revisions.values().stream().mapToInt(r -> (int) r.values().stream().filter(v -> v > 1).count()).sum();
        }
    }
}
