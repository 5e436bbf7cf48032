package io.leadrules.app.system.openapi;

/**
 * The shared problem responses of the OpenAPI document, for a feature's
 * {@code @ApiResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)}: the response carries the problem schema
 * and, as examples, every problem type the service answers with at that status.
 */
public final class ApiProblems {

    private static final String RESPONSES = "#/components/responses/";
    public static final String FORBIDDEN = RESPONSES + "Forbidden";
    public static final String NOT_FOUND = RESPONSES + "NotFound";
    public static final String NOT_ACCEPTABLE = RESPONSES + "NotAcceptable";
    public static final String CONFLICT = RESPONSES + "Conflict";
    public static final String GONE = RESPONSES + "Gone";
    public static final String PRECONDITION_FAILED = RESPONSES + "PreconditionFailed";
    public static final String UNSUPPORTED_MEDIA_TYPE = RESPONSES + "UnsupportedMediaType";
    public static final String UNPROCESSABLE_CONTENT = RESPONSES + "UnprocessableContent";
    public static final String SERVICE_UNAVAILABLE = RESPONSES + "ServiceUnavailable";

    private ApiProblems() {
    }
}
