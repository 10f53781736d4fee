package org.wego.knowledge.domain.search;

import java.util.List;
import java.util.Map;

/** Hits with highlights, the total, and per-dimension facet counts that honour every other filter. */
public record SearchResult(long count, List<Hit> results, Map<String, Map<String, Integer>> facets) {

    /** {@code draft} = not PUBLISHED (only editors and the owning city see such hits). */
    public record Hit(String id, String type, String status, boolean draft, String title, String summary,
                      float score, Map<String, List<String>> highlights) {
    }
}
