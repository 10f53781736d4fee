package org.wego.awards.domain.assignment;

import java.util.Optional;

/** Conflict-of-interest rules that need no declaration: a judge never judges their own city or country. */
public final class Conflicts {

    public enum Kind { SAME_CITY, SAME_COUNTRY, DECLARED }

    private Conflicts() {
    }

    public static Optional<Kind> automatic(String judgeCity, String judgeCountry, String entryCity, String entryCountry) {
        if (judgeCity != null && judgeCity.equalsIgnoreCase(entryCity)) {
            return Optional.of(Kind.SAME_CITY);
        }
        if (judgeCountry != null && judgeCountry.equalsIgnoreCase(entryCountry)) {
            return Optional.of(Kind.SAME_COUNTRY);
        }
        return Optional.empty();
    }
}
