package io.leadrules.app.security;

import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Answers the refusals of the security filter chain with the same problem documents as every other error (through
 * the one exception advice): 401 {@code /problems/unauthorized}, the same for every kind of bad credential so that
 * it tells nothing about which keys or users exist; 403 {@code /problems/forbidden} for a missing role; 429
 * {@code /problems/too-many-failed-logins}.
 */
@Component
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** Both ways in; a browser shows its login dialog for the Basic one. */
    static final String CHALLENGE = "Bearer realm=\"LeadRules\", Basic realm=\"LeadRules\", charset=\"UTF-8\"";

    private final HandlerExceptionResolver problems;

    SecurityProblems(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) {
        if (failure instanceof TooManyFailedLogins tooMany) {
            answer(request, response, new ProblemException(SecurityProblem.TOO_MANY_FAILED_LOGINS,
                    ProblemMessage.of("too-many-failed-logins.detail", tooMany.retryAfterSeconds()))
                    .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds())));
            return;
        }
        answer(request, response, new ProblemException(SecurityProblem.UNAUTHORIZED,
                ProblemMessage.of("unauthorized.detail")).withHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) {
        answer(request, response, new ProblemException(SecurityProblem.FORBIDDEN,
                ProblemMessage.of("forbidden.detail", request.getMethod(), request.getRequestURI())));
    }

    void answer(HttpServletRequest request, HttpServletResponse response, ProblemException problem) {
        problems.resolveException(request, response, null, problem);
    }
}
