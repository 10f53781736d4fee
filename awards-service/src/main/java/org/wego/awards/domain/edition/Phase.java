package org.wego.awards.domain.edition;

/** The phases of an awards edition, in the only order they can be entered. */
public enum Phase {
    OPEN, SCREENING, JUDGING, DELIBERATION, ANNOUNCED;

    public Phase next() {
        return this == ANNOUNCED ? null : values()[ordinal() + 1];
    }

    public boolean atLeast(Phase other) {
        return ordinal() >= other.ordinal();
    }
}
