package org.wego.awards.domain.jury;

import java.util.Optional;

/**
 * Where a judge's identity lives: the identity provider, not the secretariat's typing. Home city and country decide
 * conflicts of interest, so they are read from the judge's own account.
 */
public interface JudgeDirectory {

    /** The account with this username (case-insensitive, as Keycloak compares them), or empty if there is none. */
    Optional<JudgeIdentity> find(String username);

    /**
     * A judge's account: {@code city}/{@code country} are the account's attributes (null when unset) and
     * {@code judge} says whether it holds the realm role {@code judge}.
     */
    record JudgeIdentity(String username, String name, boolean enabled, boolean judge, String city, String country) {
    }
}
