package org.wego.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.MDC;

/**
 * Gives every request an id before anything else runs (security, JAX-RS), echoes it on the response and puts it
 * in the logging context, so an error body, a log line and the gateway's access log can be joined.
 */
@Singleton
public class RequestIdFilter {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(rc -> {
            String id = RequestIds.acceptOrGenerate(rc.request().getHeader(RequestIds.HEADER));
            rc.put(RequestIds.CONTEXT_KEY, id);
            // Upstream code (and the gateway's proxy) read the header, so normalise it in place.
            rc.request().headers().set(RequestIds.HEADER, id);
            rc.response().putHeader(RequestIds.HEADER, id);
            MDC.put("requestId", id);
            rc.next();
        });
    }
}
