package io.leadrules.app.console;

import io.leadrules.app.security.PageRoles;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in person as the pages see them: their name and the console sections their roles open, in the order
 * the navigation shows them. A section the roles do not open is not shown (and refused if typed in).
 */
public record Viewer(String name, List<Section> sections, Set<String> roles) {

    /** A part of the console: its message key, its path, the roles that open it. */
    public enum Section {
        MODEL("nav.model", "/console/rules", PageRoles.READ_RULES),
        LEADS("nav.leads", "/console/leads", PageRoles.READ_LEADS),
        AUDIT("nav.audit", "/console/audit", PageRoles.AUDIT);

        private final String label;
        private final String path;
        private final Set<io.leadrules.app.security.Role> roles;

        Section(String label, String path, Set<io.leadrules.app.security.Role> roles) {
            this.label = label;
            this.path = path;
            this.roles = roles;
        }

        public String label() {
            return label;
        }

        public String path() {
            return path;
        }
    }

    static Viewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new Viewer("", List.of(), Set.of());
        }
        Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        List<Section> open = java.util.Arrays.stream(Section.values())
                .filter(section -> PageRoles.allows(section.roles, held)).toList();
        Set<String> roles = held.stream().filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length())).collect(Collectors.toUnmodifiableSet());
        return new Viewer(authentication.getName(), open, roles);
    }

    /** Whether the person holds any of the roles a part of a page needs ({@code viewer.any('RULE_EDITOR,RULE_DEVELOPER')}). */
    public boolean any(String roleNames) {
        return java.util.Arrays.stream(roleNames.split(",")).map(String::strip).anyMatch(roles::contains);
    }
}
