package org.wego.gateway.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.wego.web.Problem;
import org.wego.web.RequestIds;

/** problem+json bodies for answers the gateway gives itself (no JAX-RS on its routes). */
public final class GatewayProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GatewayProblems() {
    }

    public static String json(HttpServerRequest request, int status, String detail) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail, request.path(),
                request.getHeader(RequestIds.HEADER), null);
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
