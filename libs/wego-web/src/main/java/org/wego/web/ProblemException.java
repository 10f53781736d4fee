package org.wego.web;

/**
 * Thrown by domain code or resources for an expected client error. The {@code slug} becomes the problem
 * {@code type} ({@code https://wego.example/problems/<slug>}) and {@code detail} is shown to the client as is,
 * so it must never carry internals.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final java.util.List<Problem.Violation> violations;

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = java.util.List.of();
    }

    private ProblemException(java.util.List<Problem.Violation> violations) {
        super(violations.size() == 1 ? "1 field is invalid" : violations.size() + " fields are invalid");
        this.status = 400;
        this.slug = "validation";
        this.title = "Request is invalid";
        this.violations = java.util.List.copyOf(violations);
    }

    /** Several invalid fields found by a domain rule (each named as the client wrote it). */
    public static ProblemException invalidFields(java.util.List<Problem.Violation> violations) {
        return new ProblemException(violations);
    }

    /** A single invalid field found outside Bean Validation (e.g. an enum query parameter). */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(java.util.List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(404, "not-found", "Resource not found", what + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict with the current state", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(422, slug, "Request cannot be processed", detail);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public java.util.List<Problem.Violation> violations() {
        return violations;
    }
}
