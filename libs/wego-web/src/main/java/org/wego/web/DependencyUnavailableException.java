package org.wego.web;

/**
 * A service this request needs (the identity provider, another engine) did not answer usefully: nothing the client
 * did, so HTTP answers 503 with Retry-After (see {@link Transients}), never 500.
 */
public class DependencyUnavailableException extends RuntimeException {

    public DependencyUnavailableException(String what, Throwable cause) {
        super(what, cause);
    }
}
