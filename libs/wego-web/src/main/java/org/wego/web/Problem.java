package org.wego.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * RFC 9457 problem details, the only error body any WeGO service or the gateway sends.
 * {@code requestId} and {@code violations} are extension members.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://wego.example/problems/";

    /** One invalid field: a dotted path in the request ({@code focalPoints[0].email}) and why. */
    public record Violation(String field, String message) {
    }
}
