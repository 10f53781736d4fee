package org.wego.knowledge.api;

import io.quarkus.security.identity.SecurityIdentity;
import org.wego.knowledge.domain.resource.Editor;
import org.wego.web.CityAccess;

/** The caller as the knowledge rules see them. */
final class Editors {

    private Editors() {
    }

    static Editor of(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return Editor.ANONYMOUS;
        }
        return new Editor(identity.getPrincipal().getName(), CityAccess.isStaff(identity),
                identity.hasRole("city-official") ? CityAccess.cityOf(identity) : null);
    }
}
