package org.wego.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Requests in parallel while a fault happens, and an account of every answer: how many of each status, whether each
 * 503 said when to come back, and which writes were accepted (so the suite can look for each of them later).
 */
final class Load implements AutoCloseable {

    private final ExecutorService pool;
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger unavailableWithoutRetryAfter = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    final Set<String> accepted = ConcurrentHashMap.newKeySet();
    final AtomicInteger done = new AtomicInteger();

    Load(int threads) {
        this.pool = Executors.newFixedThreadPool(threads);
    }

    /** Admits {@code count} members named by {@code code}, in parallel; returns when all have answered. */
    void admit(int count, IntFunction<String> code) {
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String c = code.apply(i);
            all.add(pool.submit(() -> {
                Api.Answer a = Api.admit(c);
                count(a);
                if (a.status() == 201) {
                    accepted.add(c);
                }
                done.incrementAndGet();
            }));
        }
        for (Future<?> f : all) {
            try {
                f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Keeps a task running on one thread until {@code stop} says so; every answer is counted. */
    Future<?> loop(java.util.function.Supplier<Api.Answer> request, java.util.function.BooleanSupplier stop) {
        return pool.submit(() -> {
            while (!stop.getAsBoolean()) {
                count(request.get());
            }
        });
    }

    void count(Api.Answer a) {
        statuses.computeIfAbsent(a.status(), s -> new AtomicInteger()).incrementAndGet();
        if (a.status() == 503 && a.retryAfter() == null) {
            unavailableWithoutRetryAfter.incrementAndGet();
        }
        if ((a.status() >= 500 && a.status() != 503) || a.status() == 0) {
            if (samples.size() < 5) {
                samples.add(a.status() + " " + a.body());
            }
        }
    }

    int serverErrors() {
        return statuses.entrySet().stream().filter(e -> e.getKey() >= 500 && e.getKey() != 503)
                .mapToInt(e -> e.getValue().get()).sum();
    }

    int unavailable() {
        AtomicInteger n = statuses.get(503);
        return n == null ? 0 : n.get();
    }

    int unreachable() {
        AtomicInteger n = statuses.get(0);
        return n == null ? 0 : n.get();
    }

    int unavailableWithoutRetryAfter() {
        return unavailableWithoutRetryAfter.get();
    }

    int total() {
        return statuses.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** e.g. {@code {200=812, 201=500, 503=41}} and a few sample bodies of anything that is not 2xx/4xx/503. */
    String describe() {
        Map<Integer, Integer> sorted = new TreeMap<>();
        statuses.forEach((k, v) -> sorted.put(k, v.get()));
        return sorted + (samples.isEmpty() ? "" : " samples: " + samples);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
