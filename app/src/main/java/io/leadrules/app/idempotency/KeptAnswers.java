package io.leadrules.app.idempotency;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Which parts of an answer are kept and how a kept answer is sent again. Only headers that describe the result are
 * kept: {@code Date}, rate-limit or security headers are the replay's own. Two notes are kept beside them and never
 * sent: the request's path (so that a lead's erasure finds the answers about it, {@link ErasedLeadAnswers}) and, in
 * place of the body, why the body was not kept. The body of a success that shows a secret once (a new API key, a
 * generated password, a webhook's signing secret) is not kept: the database would hold in clear, for a day, what
 * the service otherwise keeps only hashed or encrypted.
 */
final class KeptAnswers {

    /** Set on a repeated answer, so a client (or a test) can tell it from the first. */
    static final String REPLAYED = "Idempotent-Replayed";
    /** Note kept with the answer: the path the first request was sent to (at most 1000 characters). */
    static final String PATH = "Idempotent-Path";
    /** Note kept instead of the body: why it was not kept ({@code secret}, or {@code erased}). */
    static final String WITHHELD = "Idempotent-Withheld";

    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_LOCATION, HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER);
    /** The creates whose answer shows a secret once: API keys, users and password resets, webhooks. */
    private static final Pattern SHOWS_SECRET = Pattern.compile(
            "/api/v1/(api-keys|users|users/[^/]+/password-reset|webhooks)/?");
    private static final int MAX_PATH = 1000;

    private KeptAnswers() {
    }

    static KeptAnswer of(HttpServletRequest request, ContentCachingResponseWrapper answer) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = HttpHeaders.CONTENT_TYPE.equals(name) ? answer.getContentType() : answer.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String path = path(request);
        headers.put(PATH, path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path);
        if (answer.getStatus() < 300 && SHOWS_SECRET.matcher(path).matches()) {
            headers.put(WITHHELD, "secret");
            return new KeptAnswer(answer.getStatus(), headers, null);
        }
        return new KeptAnswer(answer.getStatus(), headers, answer.getContentAsByteArray());
    }

    static void replay(KeptAnswer kept, HttpServletResponse response) throws IOException {
        response.setStatus(kept.status());
        kept.headers().forEach((name, value) -> {
            if (!PATH.equals(name) && !WITHHELD.equals(name)) {
                response.setHeader(name, value);
            }
        });
        response.setHeader(REPLAYED, "true");
        byte[] body = kept.body() == null ? new byte[0] : kept.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
