package io.leadrules.app.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Which parts of an answer are kept and how a kept answer is sent again. Only headers that describe the result are
 * kept: {@code Date}, rate-limit or security headers are the replay's own.
 */
final class KeptAnswers {

    /** Set on a repeated answer, so a client (or a test) can tell it from the first. */
    static final String REPLAYED = "Idempotent-Replayed";

    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.CONTENT_LOCATION, HttpHeaders.ETAG, HttpHeaders.RETRY_AFTER);

    private KeptAnswers() {
    }

    static KeptAnswer of(ContentCachingResponseWrapper answer) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            String value = HttpHeaders.CONTENT_TYPE.equals(name) ? answer.getContentType() : answer.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return new KeptAnswer(answer.getStatus(), headers, answer.getContentAsByteArray());
    }

    static void replay(KeptAnswer kept, HttpServletResponse response) throws IOException {
        response.setStatus(kept.status());
        kept.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED, "true");
        byte[] body = kept.body() == null ? new byte[0] : kept.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
