package org.wego.web;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The object-level rule every service applies to city data: WeGO staff act for any member city, a city official
 * only for the city named in the token's {@code city} claim. Role checks at the gateway cannot express this.
 */
public final class CityAccess {

    public static final String CITY_CLAIM = "city";
    private static final String[] STAFF = {"wego-admin", "secretariat"};

    private CityAccess() {
    }

    public static boolean isStaff(SecurityIdentity identity) {
        for (String role : STAFF) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /** The member city the caller's token speaks for, or null (staff, partners, judges). */
    public static String cityOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object city = jwt.getClaim(CITY_CLAIM);
            return city == null ? null : city.toString();
        }
        return null;
    }

    /** @throws ProblemException 403 unless the caller is staff or an official of {@code city}. */
    public static void requireActsFor(SecurityIdentity identity, String city) {
        if (isStaff(identity)) {
            return;
        }
        String own = cityOf(identity);
        if (identity.hasRole("city-official") && own != null && own.equals(city)) {
            return;
        }
        throw ProblemException.forbidden(own == null
                ? "Only WeGO staff or an official of '" + city + "' may do this"
                : "An official of '" + own + "' cannot act for '" + city + "'");
    }
}
