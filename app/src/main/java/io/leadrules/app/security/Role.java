package io.leadrules.app.security;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a user or key may do (docs/security.md has the matrix). No role implies another: an ADMIN manages users,
 * keys and erasure, and reads no lead unless it also holds a role that does.
 */
@Schema(enumAsRef = true, description = "A role: what a credential may do (docs/security.md)")
public enum Role {

    /** Scores, creates and updates leads, posts activities, reads leads and decisions: the machine clients. */
    SCORER,
    /** Uploads, tests, simulates, activates and rolls back rule versions; reads leads and decisions. */
    RULE_EDITOR,
    /** A rule editor who may also upload DRL files and tables outside the known kinds. */
    RULE_DEVELOPER,
    /** People in sales: read the queue, leads and decisions. */
    SALES,
    /** Read-only: decisions, replays, rule versions, files, diffs, the audit log. */
    AUDITOR,
    /** Users and keys, erasure. */
    ADMIN,
    /**
     * Reads the metrics ({@code GET /actuator/prometheus}) and info, nothing else: the credential a Prometheus server
     * keeps in its configuration. Its own role, so that a scraper's key, stored outside the service, opens no lead and
     * no rule.
     */
    METRICS;

    /** The authority Spring Security checks, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }

    static List<GrantedAuthority> authorities(Collection<Role> roles) {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }

    /** Roles as the database keeps them: names, sorted, comma-separated. */
    static String column(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    /** The roles in declaration order, as answers list them. */
    static Set<Role> sorted(Collection<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    static Set<Role> fromColumn(String column) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(column.split(",")).filter(name -> !name.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
