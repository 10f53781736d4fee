package org.wego.awards.domain.jury;

import org.wego.awards.domain.jury.JudgeDirectory.JudgeIdentity;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a judge's account can be the base of conflict checks: it holds the judge role, names a home city that is a
 * member city this service knows, a country that is that city's country, and agrees with whatever the secretariat
 * typed. A conflict rule fed a typo would silently never fire, so every mismatch is refused, all of them at once.
 */
public final class HomeCityCheck {

    private HomeCityCheck() {
    }

    /**
     * What is wrong, empty if nothing: {@code memberCountry} is the country of the account's home city as the member
     * projection knows it, null if the city is not a known member.
     */
    public static List<String> problems(JudgeIdentity who, String typedCity, String typedCountry, String memberCountry) {
        List<String> problems = new ArrayList<>();
        if (!who.enabled()) {
            problems.add("the Keycloak account '" + who.username() + "' is disabled");
        }
        if (!who.judge()) {
            problems.add("'" + who.username() + "' does not hold the realm role judge in Keycloak");
        }
        if (who.city() == null) {
            problems.add("'" + who.username() + "' has no home city in Keycloak (user attribute city)");
        } else if (memberCountry == null) {
            problems.add("the home city '" + who.city() + "' of '" + who.username()
                    + "' in Keycloak is not a member city this service knows");
        } else if (who.country() != null && !who.country().equals(memberCountry)) {
            problems.add("Keycloak gives '" + who.username() + "' the country " + who.country() + ", but the member city "
                    + who.city() + " is in " + memberCountry);
        }
        if (typedCity != null && !typedCity.equals(who.city())) {
            problems.add("city '" + typedCity + "' was given, but Keycloak says '" + who.city() + "'");
        }
        String country = country(who, memberCountry);
        if (typedCountry != null && !typedCountry.equals(country)) {
            problems.add("country " + typedCountry + " was given, but Keycloak says " + country);
        }
        return problems;
    }

    /** The country conflicts are decided on: the account's, or, when it has none, its home city's. */
    public static String country(JudgeIdentity who, String memberCountry) {
        return who.country() != null ? who.country() : memberCountry;
    }
}
