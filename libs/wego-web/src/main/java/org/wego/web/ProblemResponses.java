package org.wego.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Builds {@code application/problem+json} responses carrying the request's id and path. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(HttpServerRequest request, int status, String slug, String title, String detail,
                              List<Problem.Violation> violations) {
        String requestId = request == null ? null : request.getHeader(RequestIds.HEADER);
        String instance = request == null ? null : request.path();
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail, instance, requestId,
                violations == null || violations.isEmpty() ? null : violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response of(HttpServerRequest request, int status, String slug, String title, String detail) {
        return of(request, status, slug, title, detail, null);
    }

    /** A stable slug and title for a bare HTTP status, used when the framework raises the error. */
    public static Response forStatus(HttpServerRequest request, int status, String detail) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return of(request, status, slug, title, detail);
    }
}
