package org.wego.ceds.domain.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What an SDMX availability query ({@code availableconstraint}) answers: for each dimension the codes that have
 * published data under the query, the years covered, and how many observations match — the actual content constraint
 * a client such as the .Stat Data Explorer uses to grey out filter values that would return nothing.
 * <p>
 * In mode {@code exact} every dimension lists the values that occur in the data the whole query selects; in mode
 * {@code available} a dimension lists the values that would still return data if its own selection were dropped
 * (the other dimensions' selections kept), so a client can offer the alternatives to a code already picked.
 */
public record SdmxAvailability(SdmxStructure structure, Map<String, List<String>> values, Integer fromYear,
                               Integer toYear, long observations) {

    public static final List<String> COMPONENTS = List.of("REF_AREA", "CITY", "MEASURE", SdmxDataQuery.TIME_PERIOD);

    public enum Mode {
        EXACT, AVAILABLE;

        public static Mode parse(String text) {
            if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("exact")) {
                return EXACT;
            }
            if (text.trim().equalsIgnoreCase("available")) {
                return AVAILABLE;
            }
            throw SdmxFailure.semantic("mode", "mode must be exact or available");
        }
    }

    /** {@code all} or one of {@link #COMPONENTS}; the answer then carries only that component. */
    public static String component(String text) {
        if (text == null || text.isEmpty() || text.equals("all")) {
            return "all";
        }
        if (!COMPONENTS.contains(text)) {
            throw SdmxFailure.semantic("componentID", "componentID must be all or one of " + COMPONENTS);
        }
        return text;
    }

    /**
     * The availability of {@code matching} (the observations the whole query selects); {@code withoutOwnSelection}
     * gives, per dimension, the observations selected when that dimension's selection is dropped (mode available),
     * or null to take the values from {@code matching} (mode exact).
     */
    public static SdmxAvailability of(SdmxStructure structure, List<SdmxData.Obs> matching, String component,
                                      Function<String, List<SdmxData.Obs>> withoutOwnSelection) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String d : SdmxDataQuery.DIMENSIONS) {
            if (component.equals("all") || component.equals(d)) {
                List<SdmxData.Obs> from = withoutOwnSelection == null ? matching : withoutOwnSelection.apply(d);
                TreeSet<String> codes = new TreeSet<>();
                from.forEach(o -> codes.add(o.value(d)));
                values.put(d, new ArrayList<>(codes));
            }
        }
        boolean time = component.equals("all") || component.equals(SdmxDataQuery.TIME_PERIOD);
        Integer from = time ? matching.stream().map(SdmxData.Obs::year).min(Integer::compare).orElse(null) : null;
        Integer to = time ? matching.stream().map(SdmxData.Obs::year).max(Integer::compare).orElse(null) : null;
        return new SdmxAvailability(structure, values, from, to, matching.size());
    }

    public String constraintId() {
        return "CC_" + structure.dataflowId();
    }
}
