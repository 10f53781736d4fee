package org.wego.awards.domain.assignment;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Dinic's maximum flow on an integer-capacity graph. Written here because the assignment needs only this (unit and
 * small capacities on a bipartite graph, where Dinic runs in O(E·√V)), and the graph libraries on Maven Central
 * (JGraphT's push-relabel, for one) bring a large dependency for one algorithm and lose the deterministic edge
 * order that makes an assignment plan reproducible.
 */
final class MaxFlow {

    private final int nodes;
    private int[] head;
    private int[] next = new int[16];
    private int[] to = new int[16];
    private int[] capacity = new int[16];
    private int edges;
    private int[] level;
    private int[] cursor;

    MaxFlow(int nodes) {
        this.nodes = nodes;
        this.head = new int[nodes];
        Arrays.fill(head, -1);
    }

    /** Adds an edge and its residual twin; returns the edge index (the twin is index + 1). */
    int addEdge(int from, int target, int cap) {
        ensure(edges + 2);
        int e = edges;
        to[e] = target;
        capacity[e] = cap;
        next[e] = head[from];
        head[from] = e;
        to[e + 1] = from;
        capacity[e + 1] = 0;
        next[e + 1] = head[target];
        head[target] = e + 1;
        edges += 2;
        return e;
    }

    /** Flow now on an edge returned by {@link #addEdge}. */
    int flow(int edge) {
        return capacity[edge + 1];
    }

    int run(int source, int sink) {
        int total = 0;
        level = new int[nodes];
        cursor = new int[nodes];
        while (bfs(source, sink)) {
            System.arraycopy(head, 0, cursor, 0, nodes);
            int pushed;
            while ((pushed = dfs(source, sink, Integer.MAX_VALUE)) > 0) {
                total += pushed;
            }
        }
        return total;
    }

    private boolean bfs(int source, int sink) {
        Arrays.fill(level, -1);
        level[source] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(source);
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int e = head[v]; e != -1; e = next[e]) {
                if (capacity[e] > 0 && level[to[e]] < 0) {
                    level[to[e]] = level[v] + 1;
                    queue.add(to[e]);
                }
            }
        }
        return level[sink] >= 0;
    }

    private int dfs(int v, int sink, int limit) {
        if (v == sink) {
            return limit;
        }
        for (; cursor[v] != -1; cursor[v] = next[cursor[v]]) {
            int e = cursor[v];
            if (capacity[e] > 0 && level[to[e]] == level[v] + 1) {
                int pushed = dfs(to[e], sink, Math.min(limit, capacity[e]));
                if (pushed > 0) {
                    capacity[e] -= pushed;
                    capacity[e ^ 1] += pushed; // the twin: edges come in pairs (2k, 2k + 1)
                    return pushed;
                }
            }
        }
        return 0;
    }

    private void ensure(int size) {
        if (size > to.length) {
            int n = Math.max(size, to.length * 2);
            next = Arrays.copyOf(next, n);
            to = Arrays.copyOf(to, n);
            capacity = Arrays.copyOf(capacity, n);
        }
    }
}
