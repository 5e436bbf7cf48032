package io.leadrules.app.system;

import io.leadrules.rules.engine.RunawayEvaluationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place that turns failures into RFC 9457 {@code application/problem+json}: a stable {@code type} per kind
 * of problem (see {@link ProblemType}), a title, a detail that says what to change, and {@code errors} naming the
 * members involved. Framework errors without a type of their own get the type of their HTTP status.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    /** The detail names this many members; {@code errors} lists them all. */
    private static final int DETAILED_ERRORS = 10;

    @ExceptionHandler(RunawayEvaluationException.class)
    ResponseEntity<Object> ruleEvaluationFailed(RunawayEvaluationException ex, WebRequest request) {
        log.error("Rule evaluation abandoned: {}", ex.getMessage());
        ProblemDetail problem = SystemProblem.RULE_EVALUATION_FAILED.problem(ex.getMessage() + ". This is a defect in "
                + "the rule set, not in your request: report rule " + ex.ruleId() + " to whoever maintains the rules.");
        problem.setProperty("ruleId", ex.ruleId());
        problem.setProperty("ruleSource", ex.source() == null ? null : ex.source().describe());
        return handle(ex, problem, request);
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> known(ProblemException ex, WebRequest request) {
        ProblemDetail problem = ex.type().problem(ex.getMessage());
        ex.properties().forEach(problem::setProperty);
        HttpHeaders headers = new HttpHeaders();
        ex.headers().forEach(headers::add);
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    /** A multipart body the server could not split into parts (malformed, or more parts than it reads). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException ex, WebRequest request) {
        return handle(ex, SystemProblem.BAD_REQUEST.problem("The multipart body could not be read: it is malformed, or "
                + "has more parts than the server reads (server.tomcat.max-part-count, 50 by default, form fields "
                + "included). Send the files as multipart/form-data, or one .zip of the rule set."), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected failure answering {}", describe(request), ex);
        return handle(ex, SystemProblem.INTERNAL_ERROR.problem("The service failed to answer this request; the request "
                + "itself may be fine. Try again later, and report the time of the request if it persists."), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = JsonReadProblems.describe(ex);
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        String detail = errors.stream().limit(DETAILED_ERRORS).map(e -> e.field() + " " + e.message())
                .collect(Collectors.joining("; "));
        String more = errors.size() > DETAILED_ERRORS ? "; and " + (errors.size() - DETAILED_ERRORS) + " more in errors"
                : "";
        return handleExceptionInternal(ex, SystemProblem.INVALID_LEAD.problem("Fix these members and send the "
                + "request again: " + detail + more + ".", errors), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, notFound(request), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, notFound(request), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String allowed = ex.getSupportedMethods() == null ? "another method" : String.join(", ", ex.getSupportedMethods());
        return handleExceptionInternal(ex, SystemProblem.METHOD_NOT_ALLOWED.problem(ex.getMethod() + " is not "
                + "supported for " + path(request) + "; use " + allowed + "."), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = ex.getContentType() == null ? "no Content-Type" : "Content-Type " + ex.getContentType();
        return handleExceptionInternal(ex, SystemProblem.UNSUPPORTED_MEDIA_TYPE.problem("The request has " + sent
                + "; " + whatToSend(ex.getSupportedMediaTypes()) + "."), headers, status, request);
    }

    /** What the endpoint reads: JSON almost everywhere, a multipart form for a rule-set upload. */
    private static String whatToSend(List<MediaType> supported) {
        if (supported.isEmpty() || supported.stream().anyMatch(MediaType.APPLICATION_JSON::isCompatibleWith)) {
            return "send the body as JSON with Content-Type: " + MediaType.APPLICATION_JSON_VALUE;
        }
        return "send the body with Content-Type: " + supported.stream().map(MediaType::toString)
                .collect(Collectors.joining(" or "));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, SystemProblem.NOT_ACCEPTABLE.problem("This endpoint answers in "
                + MediaType.APPLICATION_JSON_VALUE + " only, and the request's Accept header ("
                + request.getHeader(HttpHeaders.ACCEPT) + ") does not allow it. Accept application/json, or leave "
                + "Accept out."), headers, status, request);
    }

    /** The server's own multipart limits (spring.servlet.multipart.*), met before any limit of the service. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String limit = ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() + " bytes"
                : "leadrules.rulesets.max-upload-size, 20 MB by default";
        return handleExceptionInternal(ex, SystemProblem.PAYLOAD_TOO_LARGE.problem("The upload is larger than the "
                + "server accepts (" + limit + "). Upload fewer or smaller rule files: one .zip of the rule set is "
                + "much smaller than its files; send a larger batch form (leads and activities) to the score "
                + "command, or as one CSV with the activities cell."), headers, status, request);
    }

    /** Every answer passes here: a problem without a type of its own gets the one of its status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : ex instanceof ErrorResponse response ? response.getBody() : ProblemDetail.forStatus(status);
        ProblemDetail typed = ProblemType.typed(problem);
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(ex, typed, problemHeaders, HttpStatusCode.valueOf(typed.getStatus()),
                request);
    }

    private ResponseEntity<Object> handle(Exception ex, ProblemDetail problem, WebRequest request) {
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()),
                request);
    }

    private static ProblemDetail notFound(WebRequest request) {
        return SystemProblem.NOT_FOUND.problem("Nothing is served at " + describe(request) + ". Scores are at POST "
                + "/api/v1/scores; every endpoint is described at /v3/api-docs.");
    }

    private static String describe(WebRequest request) {
        HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        return servlet == null ? path(request) : servlet.getMethod() + " " + path(request);
    }

    private static String path(WebRequest request) {
        HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        return servlet == null ? "this path" : servlet.getRequestURI();
    }
}
