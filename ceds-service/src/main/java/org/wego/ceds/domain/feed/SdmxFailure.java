package org.wego.ceds.domain.feed;

/**
 * An SDMX REST request that cannot be answered, with the HTTP status and the SDMX error code the SDMX 2.1 web
 * services guidelines pair with it (100 no results found → 404, 130 response too large → 413, 140 syntax error →
 * 400, 150 semantic error → 400, 501 not implemented → 501, 406 for a format no SDMX writer here produces).
 */
public class SdmxFailure extends RuntimeException {

    private final int status;
    private final int code;
    private final String field;

    public SdmxFailure(int status, int code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static SdmxFailure noResults(String detail) {
        return new SdmxFailure(404, 100, "No results found: " + detail, null);
    }

    public static SdmxFailure syntax(String field, String detail) {
        return new SdmxFailure(400, 140, detail, field);
    }

    public static SdmxFailure semantic(String field, String detail) {
        return new SdmxFailure(400, 150, detail, field);
    }

    public static SdmxFailure tooLarge(String detail) {
        return new SdmxFailure(413, 130, "Response too large: " + detail, null);
    }

    public static SdmxFailure notImplemented(String field, String detail) {
        return new SdmxFailure(501, 501, "Not implemented: " + detail, field);
    }

    public static SdmxFailure notAcceptable(String detail) {
        return new SdmxFailure(406, 406, detail, null);
    }

    public int status() {
        return status;
    }

    public int code() {
        return code;
    }

    public String field() {
        return field;
    }
}
