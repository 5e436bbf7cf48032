package io.leadrules.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.http.server.RequestPath;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The rule for a path under {@code /api/} that {@link EndpointRoles} does not list. No credentials: refused (401), so
 * a stranger learns nothing of what exists. Credentials and no endpoint there: let through, to the 404 (or 405) it
 * is. Credentials and an endpoint there: refused (403) to every role, because nobody decided who may call it; the
 * role matrix test fails on it too, this keeps it shut should the test not run.
 */
final class UnlistedEndpoints implements AuthorizationManager<RequestAuthorizationContext> {

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final Supplier<? extends HandlerMapping> mappings;

    /**
     * @param mappings the handler mappings, looked up at the first request: they are built after the security chain.
     *                 Not a {@code @Lazy} proxy: {@link HandlerMapping#getHandler} is final in Spring's mappings, so a
     *                 class proxy runs it on its own empty fields, throws, and every endpoint looked unlisted-but-absent.
     */
    UnlistedEndpoints(Supplier<? extends HandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        if (!trust.isAuthenticated(authentication.get())) {
            return new AuthorizationDecision(false);
        }
        return new AuthorizationDecision(!servesAnEndpoint(context.getRequest()));
    }

    private boolean servesAnEndpoint(HttpServletRequest request) {
        RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return mappings.get().getHandler(request) != null;
        } catch (Exception noSuchEndpoint) {
            return false;
        } finally {
            ServletRequestPathUtils.setParsedRequestPath(previous, request);
        }
    }
}
