package io.leadrules.app.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is acting: the authenticated principal of the request, never a name the request carries. Work the service
 * starts by itself (the nightly rescoring, startup) acts as {@value #SYSTEM}.
 */
@Component
public class CurrentActor {

    /** The actor of work no person or key asked for. */
    public static final String SYSTEM = "system";

    /** The actor of a request that presented no credentials (on the few open paths). */
    public static final String ANONYMOUS = "anonymous";

    /** The user name of the authenticated principal; {@value #SYSTEM} outside any request. */
    public String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return ANONYMOUS;
        }
        return authentication.getName();
    }

    /**
     * The credential acting: the authentication's details when the security layer names one there (an API key or a
     * user's password, as {@code key:<id>} or {@code user:<name>}), otherwise {@link #name()}. Two keys of one user
     * are two credentials: what one of them started (an {@code Idempotency-Key}) is not the other's.
     */
    public String credential() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)
                && authentication.getDetails() instanceof String credential && !credential.isBlank()) {
            return credential;
        }
        return name();
    }

    /**
     * Whether the actor holds the role (a name such as {@code RULE_DEVELOPER}, held as the authority
     * {@code ROLE_RULE_DEVELOPER}). Work the service starts by itself ({@value #SYSTEM}) holds every role: once the
     * security filter chain is in place no request reaches a feature unauthenticated, so only the service's own work
     * (the shipped rule set stored at the first start, the nightly rescoring) runs without an authentication. An
     * anonymous or unauthenticated request holds none.
     */
    public boolean holds(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return true;
        }
        if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return false;
        }
        String authority = "ROLE_" + role;
        return authentication.getAuthorities().stream().anyMatch(held -> authority.equals(held.getAuthority()));
    }
}
