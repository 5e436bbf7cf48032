package io.leadrules.app.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The request that holds a key: runs it with its answer buffered, keeps the answer when it may be repeated (below
 * 500, complete, not asynchronous, not larger than the limit), and otherwise forgets the key so that a retry runs
 * again.
 */
final class FirstRequest {

    private final IdempotencyKeys keys;
    private final String scope;
    private final String key;
    private final long maxAnswerSize;

    FirstRequest(IdempotencyKeys keys, String scope, String key, long maxAnswerSize) {
        this.keys = keys;
        this.scope = scope;
        this.key = key;
        this.maxAnswerSize = maxAnswerSize;
    }

    void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, answer);
        } catch (IOException | ServletException | RuntimeException failed) {
            keys.release(scope, key);
            throw failed;
        }
        if (repeatable(request, answer)) {
            keys.complete(scope, key, KeptAnswers.of(request, answer));
        } else {
            keys.release(scope, key);
        }
        answer.copyBodyToResponse();
    }

    /**
     * An error status without a body was sent with {@code sendError}: the container writes its body after this filter
     * returns, so there is nothing to keep, and the key is forgotten.
     */
    private boolean repeatable(HttpServletRequest request, ContentCachingResponseWrapper answer) {
        boolean errorPageToCome = answer.getStatus() >= 400 && answer.getContentSize() == 0;
        return answer.getStatus() < 500 && !errorPageToCome && !request.isAsyncStarted()
                && answer.getContentSize() <= maxAnswerSize;
    }
}
