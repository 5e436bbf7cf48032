package io.leadrules.app.system.openapi;

import io.leadrules.app.system.ProblemType;
import io.leadrules.app.system.ProblemTypes;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The problem answers as reusable responses ({@code #/components/responses/NotFound}...), one per status, each with
 * the problem schema and, as examples, every type the service answers with at that status, taken from the catalogs
 * (type, title, status, and a detail in the words the problem's page uses). Operations refer to them by name.
 */
final class ProblemResponses {

    /** Status -> the name operations refer to, in the order the document lists them. */
    static final Map<Integer, String> NAMES = names();

    private final List<ProblemType> types;

    ProblemResponses(ProblemTypes types) {
        this.types = types.all();
    }

    Map<String, ApiResponse> all() {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        NAMES.forEach((status, name) -> responses.put(name, response(status)));
        return responses;
    }

    private ApiResponse response(int status) {
        MediaType problem = new MediaType().schema(new Schema<>().$ref(ProblemSchema.NAME));
        typesAt(status).forEach(type -> problem.addExamples(type.slug(), example(type)));
        ApiResponse response = new ApiResponse().description(description(status))
                .content(new Content().addMediaType("application/problem+json", problem));
        if (status == 429 || status == 503) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
                    .schema(new IntegerSchema()));
        }
        return response;
    }

    private List<ProblemType> typesAt(int status) {
        return types.stream().filter(type -> type.status().value() == status).toList();
    }

    private static Example example(ProblemType type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", type.status().value());
        body.put("detail", Optional.ofNullable(type.when()).orElse(type.title()));
        return new Example().summary(type.title()).value(body);
    }

    private static String description(int status) {
        return switch (status) {
            case 400 -> "The request is not valid: malformed JSON, an unknown member, a value of the wrong type";
            case 401 -> "No valid credentials: send an API key (Authorization: Bearer) or a user's password";
            case 403 -> "The credentials lack the role this operation needs";
            case 404 -> "Nothing with this id (or at this path)";
            case 406 -> "None of the media types in Accept can be answered";
            case 409 -> "The request conflicts with the state of what it names";
            case 410 -> "The lead was erased";
            case 412 -> "If-Match does not match the current ETag";
            case 413 -> "The request body is larger than the service accepts";
            case 415 -> "The request body's media type is not accepted here";
            case 422 -> "The request is well-formed but cannot be carried out as it stands";
            case 429 -> "Too many requests: wait Retry-After seconds";
            case 503 -> "Busy, or not ready yet: try again after Retry-After seconds";
            default -> "The service failed; the problem says so without internal details";
        };
    }

    private static Map<Integer, String> names() {
        Map<Integer, String> names = new LinkedHashMap<>();
        names.put(400, "BadRequest");
        names.put(401, "Unauthorized");
        names.put(403, "Forbidden");
        names.put(404, "NotFound");
        names.put(406, "NotAcceptable");
        names.put(409, "Conflict");
        names.put(410, "Gone");
        names.put(412, "PreconditionFailed");
        names.put(413, "ContentTooLarge");
        names.put(415, "UnsupportedMediaType");
        names.put(422, "UnprocessableContent");
        names.put(429, "TooManyRequests");
        names.put(500, "InternalError");
        names.put(503, "ServiceUnavailable");
        return names;
    }
}
