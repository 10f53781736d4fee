package org.wego.membership.api;

import io.quarkus.security.identity.SecurityIdentity;
import org.wego.membership.domain.Actor;

final class Actors {

    private Actors() {
    }

    static Actor of(SecurityIdentity identity) {
        return new Actor(identity.getPrincipal().getName(), identity.hasRole("wego-admin"));
    }
}
