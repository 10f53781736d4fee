package org.wego.membership.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The version of what member reads show (read_model_version, bumped by triggers at the commit of any write to a
 * member or its standing periods). Reads are cached under it (quarkus-cache): a read asks for the version — one
 * primary-key lookup — and then answers from the cache when nothing changed since. Because the number lives in the
 * database, every instance of the service sees every write on its next read; no invalidation message to lose.
 * Read the version before the data: data newer than its version is only ever cached under a version already past.
 */
@ApplicationScoped
public class ReadModelVersion {

    private final EntityManager em;

    public ReadModelVersion(EntityManager em) {
        this.em = em;
    }

    public long current() {
        return ((Number) em.createNativeQuery("select version from read_model_version where id = 1")
                .getSingleResult()).longValue();
    }
}
