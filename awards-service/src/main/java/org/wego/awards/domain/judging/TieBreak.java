package org.wego.awards.domain.judging;

/** What decides between entries, in the order an edition declares (the primary score comes first). */
public enum TieBreak {
    /** Mean of the judges' normalised scores. */
    NORMALISED_MEAN,
    /** Mean of the raw weighted scores. */
    RAW_MEAN,
    /** Median review score (normalised when the edition normalises, raw otherwise). */
    MEDIAN,
    /** How many judges scored this entry highest among the entries of the category they reviewed. */
    TOP_PLACEMENTS;

    public static final java.util.List<TieBreak> DEFAULT = java.util.List.of(NORMALISED_MEAN, MEDIAN, TOP_PLACEMENTS);
}
