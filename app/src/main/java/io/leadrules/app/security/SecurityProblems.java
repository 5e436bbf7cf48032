package io.leadrules.app.security;

import io.leadrules.app.system.ProblemException;
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
            answer(request, response, new ProblemException(SecurityProblem.TOO_MANY_FAILED_LOGINS, "Too many wrong "
                    + "passwords were sent for this user or from this address lately; the password was not checked. "
                    + "Try again in " + tooMany.retryAfterSeconds() + " seconds.")
                    .withHeader(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds())));
            return;
        }
        answer(request, response, new ProblemException(SecurityProblem.UNAUTHORIZED, "This request needs valid "
                + "credentials: an API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>', or a user name and "
                + "password with HTTP Basic. Keys that are unknown, revoked or expired, wrong passwords and disabled "
                + "users all get this same answer.").withHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) {
        answer(request, response, new ProblemException(SecurityProblem.FORBIDDEN, "The roles these credentials act with "
                + "do not allow " + request.getMethod() + " " + request.getRequestURI() + ". docs/security.md lists "
                + "the roles each endpoint needs."));
    }

    void answer(HttpServletRequest request, HttpServletResponse response, ProblemException problem) {
        problems.resolveException(request, response, null, problem);
    }
}
