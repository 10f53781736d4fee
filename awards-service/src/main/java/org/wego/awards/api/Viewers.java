package org.wego.awards.api;

import io.quarkus.security.identity.SecurityIdentity;
import org.wego.awards.domain.Viewer;
import org.wego.web.CityAccess;

/** Turns the caller's token into the {@link Viewer} the awards rules are written against. */
final class Viewers {

    private Viewers() {
    }

    static Viewer of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return Viewer.ANONYMOUS;
        }
        return new Viewer(identity.getPrincipal().getName(), identity.hasRole("wego-admin"), CityAccess.isStaff(identity),
                identity.hasRole("judge"), identity.hasRole("city-official") ? CityAccess.cityOf(identity) : null);
    }
}
