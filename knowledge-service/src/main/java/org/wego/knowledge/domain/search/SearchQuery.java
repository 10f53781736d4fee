package org.wego.knowledge.domain.search;

import org.wego.knowledge.domain.resource.Editor;

/**
 * A search as asked: free text in Lucene's classic syntax (phrases, prefix*, AND/OR/NOT, field:value), facet filters,
 * order, page. {@code editor} decides what may be seen: anonymous callers only PUBLISHED resources.
 */
public record SearchQuery(String text, String type, String region, String country, String theme, Integer sdg,
                          Integer year, String lang, boolean newest, int page, int size, Editor editor) {
}
