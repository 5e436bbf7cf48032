package io.leadrules.app.security;

import io.leadrules.app.system.ProblemException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site request forgery, refused by where the request comes from: a browser attaches cookies and a remembered
 * HTTP Basic login to any request a page of any site makes, and says which site in {@code Origin}. A request with
 * such browser credentials from an origin that is neither the service's own nor an allowed one
 * ({@code leadrules.security.cors.allowed-origins}) is refused before its credentials are looked at. API keys are
 * not browser credentials (a page must add them itself), so they pass from anywhere; CORS decides what a page may
 * read. No token is needed: the API keeps no session.
 */
class ForeignOriginFilter extends OncePerRequestFilter {

    private final List<String> allowedOrigins;
    private final SecurityProblems problems;

    ForeignOriginFilter(List<String> allowedOrigins, SecurityProblems problems) {
        this.allowedOrigins = allowedOrigins.stream().map(ForeignOriginFilter::normalised).toList();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && carriesBrowserCredentials(request) && !trusted(normalised(origin), request)) {
            problems.answer(request, response, new ProblemException(SecurityProblem.FOREIGN_ORIGIN, "A page of "
                    + origin + " sent this request with browser credentials (a cookie or HTTP Basic); only the "
                    + "service's own origin and leadrules.security.cors.allowed-origins may. Use an API key instead.")
                    .with("origin", origin));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean carriesBrowserCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return request.getHeader(HttpHeaders.COOKIE) != null
                || authorization != null && KeyOrPasswordFilter.startsWithIgnoringCase(authorization, "basic ");
    }

    private boolean trusted(String origin, HttpServletRequest request) {
        return origin.equals(ownOrigin(request)) || allowedOrigins.contains(origin);
    }

    /** scheme://host[:port] as the request reached the service, the port left out when it is the scheme's default. */
    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return normalised(scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port));
    }

    private static String normalised(String origin) {
        String lower = origin.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
