package org.wego.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Maps every exception a request can raise to problem+json. Client mistakes get a precise 4xx; anything else is
 * a 500 whose body says only that it happened and which request id to quote — the stack trace goes to the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return ProblemResponses.of(request, e.status(), e.slug(), e.title(), e.getMessage(), e.violations());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.Violation> violations = Violations.of(e);
        String detail = violations.size() == 1 ? "1 field is invalid" : violations.size() + " fields are invalid";
        return ProblemResponses.of(request, 400, "validation", "Request is invalid", detail, violations);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, HttpServerRequest request) {
        return jsonProblem(e, request);
    }

    // Registered one by one because Quarkus ships its own mappers for these subtypes, and the most specific wins.
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        return jsonProblem(e, request);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpServerRequest request) {
        return jsonProblem(e, request);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, HttpServerRequest request) {
        return jsonProblem(e, request);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, HttpServerRequest request) {
        return jsonProblem(e, request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return challenge(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return challenge(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.of(request, 403, "forbidden", "Forbidden",
                "Your token does not carry a role that may do this");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "Request %s failed", request.getHeader(RequestIds.HEADER));
            return ProblemResponses.forStatus(request, status, "The request could not be completed");
        }
        return ProblemResponses.forStatus(request, status, clientDetail(status, request));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        // Lost races first: an optimistic lock or a unique key lost to a concurrent write is a conflict, not an outage.
        if (Transients.isLostRace(e)) {
            boolean conditional = request.getHeader(HttpHeaders.IF_MATCH) != null;
            return conditional
                    ? ProblemResponses.of(request, 412, "stale-version", "Precondition failed",
                    "The resource changed meanwhile; read it again and reapply your change")
                    : ProblemResponses.of(request, 409, "conflict", "Conflict",
                    "A concurrent request changed the same data first; read it again and retry");
        }
        if (Transients.isTransient(e)) {
            return unavailable(e, request);
        }
        // A value validation let through but the database cannot hold (a NUL character in a path or a field): the
        // request's fault, and nothing was written (the statement failed, the transaction rolled back).
        if (Transients.isBadValue(e)) {
            LOG.infof("Request %s refused by the database as a bad value: %s", request.getHeader(RequestIds.HEADER),
                    rootCause(e));
            return ProblemResponses.of(request, 400, "invalid-value", "Request is invalid",
                    "A value in the request cannot be stored or compared (e.g. a NUL character or a number out of range)");
        }
        LOG.errorf(e, "Unexpected error in request %s", request.getHeader(RequestIds.HEADER));
        return ProblemResponses.of(request, 500, "internal", "Internal error",
                "The request could not be completed; quote the request id when reporting it");
    }

    /**
     * A dependency is away (the database restarting, a lock held too long): nothing the client did, and nothing was
     * written — the transaction rolled back. 503 with Retry-After tells clients and the gateway to come back.
     */
    private static Response unavailable(Throwable e, HttpServerRequest request) {
        LOG.warnf("Request %s answered 503, a dependency is unavailable: %s", request.getHeader(RequestIds.HEADER),
                rootCause(e));
        Response problem = ProblemResponses.of(request, 503, "unavailable", "Service temporarily unavailable",
                "A service this request needs is not reachable right now; nothing was changed. Retry after "
                        + RETRY_AFTER_SECONDS + " s");
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Response challenge(HttpServerRequest request) {
        Response problem = ProblemResponses.of(request, 401, "unauthorized", "Unauthorized",
                "A valid bearer token is required");
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static Response jsonProblem(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = Violations.jsonPath(mapping.getPath());
            String message = e instanceof UnrecognizedPropertyException ? "is not a known field"
                    : e instanceof ValueInstantiationException vie && vie.getCause() != null
                    && vie.getCause().getMessage() != null ? vie.getCause().getMessage()
                    : "has a value of the wrong type or format";
            return ProblemResponses.of(request, 400, "validation", "Request is invalid", "1 field is invalid",
                    List.of(new Problem.Violation(field, message)));
        }
        return ProblemResponses.of(request, 400, "malformed-json", "Request body is not valid JSON",
                "The body could not be parsed as JSON of the expected shape");
    }

    private static String clientDetail(int status, HttpServerRequest request) {
        return switch (status) {
            case 404 -> "No resource at " + request.path();
            case 405 -> "Method " + request.method() + " is not allowed on " + request.path();
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "Content type " + request.getHeader(HttpHeaders.CONTENT_TYPE) + " is not supported";
            default -> "The request was refused";
        };
    }
}
