package io.leadrules.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A console session lasts only as long as the user it was opened for stays as it was: disabling the user, deleting
 * it, resetting its password or changing its roles ends every session it has, at its next request. (The API's keys
 * and Basic logins are checked on every request already; a session would otherwise outlive a revocation by up to its
 * idle timeout.) A digest of
 * the user's password hash, roles and state is kept in the session at sign-in and compared on each request.
 */
class ConsoleSessionCheck extends OncePerRequestFilter {

    static final String USER_STATE = ConsoleSessionCheck.class.getName() + ".userState";

    private final UserStore users;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ConsoleSessionCheck(UserStore users) {
        this.users = users;
    }

    /** What a session remembers of its user at sign-in. */
    static void remember(HttpServletRequest request, UserStore users, String name) {
        request.getSession().setAttribute(USER_STATE, users.byName(name).map(ConsoleSessionCheck::state).orElse(""));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication instanceof UsernamePasswordAuthenticationToken
                && authentication.isAuthenticated() && !stillValid(session, authentication.getName())) {
            contexts.clearContext();
            session.invalidate();
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(HttpSession session, String name) {
        Object remembered = session.getAttribute(USER_STATE);
        Optional<String> now = users.byName(name).filter(StoredUser::enabled).map(ConsoleSessionCheck::state);
        return now.isPresent() && Objects.equals(remembered, now.get());
    }

    /** A digest of what the session depends on: the password's hash, the roles, whether the user is enabled. */
    private static String state(StoredUser user) {
        return Secrets.sha256(user.id() + "|" + user.passwordHash() + "|" + Role.column(user.roles()) + "|"
                + user.enabled());
    }
}
