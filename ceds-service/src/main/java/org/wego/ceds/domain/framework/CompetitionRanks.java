package org.wego.ceds.domain.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Competition ranking ("1224"): equal keys share a rank, and the next rank skips as many places as were shared. */
public final class CompetitionRanks {

    private CompetitionRanks() {
    }

    /** @param sorted entries already in ranking order */
    public static <T, K> List<T> assign(List<T> sorted, Function<T, K> key, BiFunction<T, Integer, T> withRank) {
        List<T> ranked = new ArrayList<>(sorted.size());
        K previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            K current = key.apply(sorted.get(i));
            if (i == 0 || !Objects.equals(current, previous)) {
                rank = i + 1;
            }
            ranked.add(withRank.apply(sorted.get(i), rank));
            previous = current;
        }
        return ranked;
    }
}
