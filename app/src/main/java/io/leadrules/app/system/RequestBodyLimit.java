package io.leadrules.app.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Caps request bodies under {@code /api/}: a body that announces more than its limit is refused before it is read,
 * and a chunked body is counted as it streams in. The features say which limit a request gets
 * ({@link RequestBodyRule}: scoring's JSON limit, the rule-set upload's limit); a request no rule speaks to is not
 * capped here. The 413 answer comes from the one exception advice, like every other problem.
 */
@Component
@Order(RequestBodyLimit.ORDER)
class RequestBodyLimit extends OncePerRequestFilter {

    /** After the security chain, before the filters that read the body (the Idempotency-Key's hash): they are capped. */
    static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    private final List<RequestBodyRule> rules;
    private final HandlerExceptionResolver problems;

    @Autowired
    RequestBodyLimit(ObjectProvider<RequestBodyRule> rules,
                     @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this(rules.orderedStream().toList(), problems);
    }

    RequestBodyLimit(List<RequestBodyRule> rules, HandlerExceptionResolver problems) {
        this.rules = List.copyOf(rules);
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<BodyLimit> found = limitFor(request);
        if (found.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        BodyLimit limit = found.get();
        long announced = request.getContentLengthLong();
        if (announced > limit.bytes()) {
            problems.resolveException(request, response, null, new PayloadTooLargeException(limit, announced));
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, limit), response);
    }

    private Optional<BodyLimit> limitFor(HttpServletRequest request) {
        return rules.stream().map(rule -> rule.limitFor(request)).flatMap(Optional::stream).findFirst();
    }
}
