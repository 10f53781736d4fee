package org.wego.gateway.security;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.wego.gateway.routing.GatewayProblems;
import org.wego.web.RequestIds;

/**
 * With proactive authentication, a rejected token (bad signature, expired, wrong issuer or audience) or a missing
 * role fails the routing context; this failure handler answers like every other WeGO error: problem+json with the
 * request id, plus the {@code WWW-Authenticate} challenge on 401. (An absent token is answered by
 * {@link ProblemChallengeMechanism}.)
 */
@Singleton
public class AuthFailures {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 20).failureHandler(this::handle);
    }

    private void handle(RoutingContext rc) {
        Throwable failure = rc.failure();
        boolean unauthorized = failure instanceof AuthenticationFailedException
                || failure instanceof UnauthorizedException || failure instanceof AuthenticationCompletionException
                || (failure == null && rc.statusCode() == 401);
        boolean forbidden = failure instanceof ForbiddenException || (failure == null && rc.statusCode() == 403);
        if (!unauthorized && !forbidden) {
            rc.next();
            return;
        }
        if (rc.response().ended()) {
            return;
        }
        int status = unauthorized ? 401 : 403;
        rc.response().setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader(RequestIds.HEADER, String.valueOf(rc.request().getHeader(RequestIds.HEADER)));
        if (unauthorized) {
            rc.response().putHeader("WWW-Authenticate", "Bearer realm=\"wego\"");
        }
        rc.response().end(GatewayProblems.json(rc.request(), status, unauthorized
                ? "A valid bearer token from the WeGO Keycloak realm is required"
                : "Your token does not carry a role that may use this route"));
    }
}
