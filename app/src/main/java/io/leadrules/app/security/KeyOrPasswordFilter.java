package io.leadrules.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request by the credential it carries: an API key ({@code Authorization: Bearer}, or
 * {@code X-API-Key}) or a user name and password ({@code Authorization: Basic}). A request with none goes on
 * anonymous (the open paths need none; everything else is then refused by the authorisation rules). A credential
 * that does not hold is refused here, whatever the path, with the one 401 answer. No session is kept: each request
 * carries its credential, and {@link Credentials} makes checking it again cheap.
 */
class KeyOrPasswordFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final String BEARER = "bearer ";
    private static final String BASIC = "basic ";

    private final Credentials credentials;
    private final SecurityProblems problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    KeyOrPasswordFilter(Credentials credentials, SecurityProblems problems) {
        this.credentials = credentials;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            authenticate(request).ifPresent(this::actAs);
        } catch (AuthenticationException refused) {
            problems.commence(request, response, refused);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * The authentication the request's credential holds; empty when it presents none.
     *
     * @throws AuthenticationException when it presents one that does not hold
     */
    private Optional<Authentication> authenticate(HttpServletRequest request) {
        String key = request.getHeader(API_KEY_HEADER);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (key != null) {
            return Optional.of(held(credentials.byKey(key.strip())));
        }
        if (authorization == null) {
            return Optional.empty();
        }
        if (startsWithIgnoringCase(authorization, BEARER)) {
            return Optional.of(held(credentials.byKey(authorization.substring(BEARER.length()).strip())));
        }
        if (startsWithIgnoringCase(authorization, BASIC)) {
            return Optional.of(held(basic(authorization.substring(BASIC.length()).strip(), request.getRemoteAddr())));
        }
        throw new BadCredentialsException("An Authorization scheme the service does not know");
    }

    private static Authentication held(Optional<Authentication> authentication) {
        return authentication.orElseThrow(() -> new BadCredentialsException("Credentials not accepted"));
    }

    private Optional<Authentication> basic(String encoded, String address) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return credentials.byPassword(decoded.substring(0, colon), decoded.substring(colon + 1), address);
    }

    private void actAs(Authentication authentication) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
    }

    static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
