package io.leadrules.app.system;

import io.leadrules.app.ruleset.upload.RuleSetUploadSettings;
import io.leadrules.app.scoring.ScoringSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Caps request bodies under {@code /api/}: a body that announces more than its limit is refused before it is read,
 * and a chunked body is counted as it streams in. The limit is {@code leadrules.scoring.max-body-size}, except for a
 * rule-set upload ({@link BodyLimits}). The 413 answer comes from the one exception advice, like every other problem.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

    private final BodyLimits limits;
    private final HandlerExceptionResolver problems;

    RequestBodyLimit(ScoringSettings scoring, RuleSetUploadSettings uploads,
                     @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.limits = new BodyLimits(scoring, uploads);
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BodyLimits.BodyLimit limit = limits.of(request);
        long announced = request.getContentLengthLong();
        if (announced > limit.bytes()) {
            problems.resolveException(request, response, null, new PayloadTooLargeException(limit, announced));
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, limit), response);
    }
}
