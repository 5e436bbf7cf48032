package io.leadrules.app.system;

import static io.leadrules.app.system.ProblemTranslation.say;

import io.leadrules.rules.engine.RunawayEvaluationException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
        ex.properties(ProblemTranslation.locale(request)).forEach(problem::setProperty);
        HttpHeaders headers = new HttpHeaders();
        ex.headers().forEach(headers::add);
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    /** A multipart body the server could not split into parts (malformed, or more parts than it reads). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException ex, WebRequest request) {
        return handle(ex, SystemProblem.BAD_REQUEST.problem(say(request, "bad-request.detail.multipart")), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected failure answering {}", describe(request), ex);
        return handle(ex, SystemProblem.INTERNAL_ERROR.problem(say(request, "internal-error.detail")), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = JsonReadProblems.describe(ex, ProblemTranslation.locale(request));
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
        String more = errors.size() > DETAILED_ERRORS
                ? say(request, "invalid-lead.detail.more", errors.size() - DETAILED_ERRORS) : "";
        return handleExceptionInternal(ex, SystemProblem.INVALID_LEAD.problem(
                say(request, "invalid-lead.detail", detail, more), errors), headers, status, request);
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
        String allowed = ex.getSupportedMethods() == null ? say(request, "method-not-allowed.detail.another")
                : String.join(", ", ex.getSupportedMethods());
        return handleExceptionInternal(ex, SystemProblem.METHOD_NOT_ALLOWED.problem(say(request,
                "method-not-allowed.detail", ex.getMethod(), path(request), allowed)), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = ex.getContentType() == null ? say(request, "unsupported-media-type.detail.none")
                : say(request, "unsupported-media-type.detail.sent", ex.getContentType());
        return handleExceptionInternal(ex, SystemProblem.UNSUPPORTED_MEDIA_TYPE.problem(
                whatToSend(ex.getSupportedMediaTypes(), sent, request)), headers, status, request);
    }

    /** What the endpoint reads: JSON almost everywhere, a multipart form for a rule-set upload. */
    private static String whatToSend(List<MediaType> supported, String sent, WebRequest request) {
        if (supported.isEmpty() || supported.stream().anyMatch(MediaType.APPLICATION_JSON::isCompatibleWith)) {
            return say(request, "unsupported-media-type.detail.json", sent);
        }
        return say(request, "unsupported-media-type.detail.other", sent, supported.stream().map(MediaType::toString)
                .collect(Collectors.joining(", ")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(ex, SystemProblem.NOT_ACCEPTABLE.problem(say(request,
                "not-acceptable.detail", request.getHeader(HttpHeaders.ACCEPT))), headers, status, request);
    }

    /** The server's own multipart limits (spring.servlet.multipart.*), met before any limit of the service. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String limit = ex.getMaxUploadSize() > 0 ? say(request, "payload-too-large.detail.bytes", ex.getMaxUploadSize())
                : say(request, "payload-too-large.detail.upload-setting");
        return handleExceptionInternal(ex, SystemProblem.PAYLOAD_TOO_LARGE.problem(
                say(request, "payload-too-large.detail.upload", limit)), headers, status, request);
    }

    /** Every answer passes here: a problem without a type of its own gets the one of its status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : ex instanceof ErrorResponse response ? response.getBody() : ProblemDetail.forStatus(status);
        Locale locale = ProblemTranslation.locale(request);
        ProblemDetail typed = ProblemType.typed(problem, locale);
        ProblemTranslation.translate(typed, ex, locale);
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        problemHeaders.setContentLanguage(locale);
        return super.handleExceptionInternal(ex, typed, problemHeaders, HttpStatusCode.valueOf(typed.getStatus()),
                request);
    }

    private ResponseEntity<Object> handle(Exception ex, ProblemDetail problem, WebRequest request) {
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()),
                request);
    }

    private static ProblemDetail notFound(WebRequest request) {
        return SystemProblem.NOT_FOUND.problem(say(request, "not-found.detail", describe(request)));
    }

    private static String describe(WebRequest request) {
        HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        return servlet == null ? path(request) : servlet.getMethod() + " " + path(request);
    }

    private static String path(WebRequest request) {
        HttpServletRequest servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        return servlet == null ? say(request, "not-found.detail.this-path") : servlet.getRequestURI();
    }
}
