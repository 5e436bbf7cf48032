package io.leadrules.app.security;

import static io.leadrules.app.security.Role.AUDITOR;
import static io.leadrules.app.security.Role.RULE_DEVELOPER;
import static io.leadrules.app.security.Role.RULE_EDITOR;
import static io.leadrules.app.security.Role.SALES;
import static io.leadrules.app.security.Role.SCORER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Who may open which page of the console (io.leadrules.app.console): the same decisions as the API's
 * {@link EndpointRoles}, by section. A page path not listed here is refused to everybody (the console's filter chain
 * ends in deny-all), so a page added without a decision cannot be opened. docs/security.md shows the table.
 */
public final class PageRoles {

    /** Open to anyone: the login page, the stylesheet, scripts and images. */
    static final List<String> OPEN = List.of("/login", "/assets/**", "/webjars/**", "/favicon.ico");

    /** Rule versions, their files, reports and diffs: the roles that read rules in the API. */
    public static final Set<Role> READ_RULES = EnumSet.of(RULE_EDITOR, RULE_DEVELOPER, AUDITOR);
    /** Uploading, testing, previewing, approving, activating and rolling back. */
    public static final Set<Role> EDIT_RULES = EnumSet.of(RULE_EDITOR, RULE_DEVELOPER);
    /** The queue and leads' pages. */
    public static final Set<Role> READ_LEADS = EnumSet.of(SCORER, RULE_EDITOR, RULE_DEVELOPER, SALES);
    /**
     * A decision, and the rule row or DRL line an explanation line came from: whoever may read decisions, so that
     * sales can follow a point to its spreadsheet row.
     */
    public static final Set<Role> READ_DECISIONS = EnumSet.of(SCORER, RULE_EDITOR, RULE_DEVELOPER, SALES, AUDITOR);
    /** Replaying a decision: the roles that may replay in the API. */
    public static final Set<Role> REPLAY = READ_RULES;
    /** The audit log and the chain's verification. */
    public static final Set<Role> AUDIT = EnumSet.of(AUDITOR);

    /** One page or form target: its method, its path pattern, and the roles that may use it. */
    record Page(HttpMethod method, String path, Set<Role> roles) {
    }

    static final List<Page> TABLE = List.of(
            page("GET", "/", EnumSet.allOf(Role.class)),
            page("GET", "/console", EnumSet.allOf(Role.class)),
            page("GET", "/console/rules", READ_RULES),
            page("GET", "/console/rules/**", READ_RULES),
            page("POST", "/console/rules", EDIT_RULES),
            page("POST", "/console/rules/**", EDIT_RULES),
            page("GET", "/console/sources/**", READ_DECISIONS),
            page("GET", "/console/leads", READ_LEADS),
            page("GET", "/console/leads/**", READ_LEADS),
            page("GET", "/console/decisions/**", READ_DECISIONS),
            page("POST", "/console/decisions/*/replay", REPLAY),
            page("GET", "/console/audit", AUDIT),
            page("GET", "/console/audit/**", AUDIT),
            page("POST", "/console/audit/**", AUDIT));

    private PageRoles() {
    }

    /** Whether someone holding these roles may open the page (for the console's navigation). */
    public static boolean allows(Set<Role> allowed, java.util.Collection<String> authorities) {
        return allowed.stream().map(Role::authority).anyMatch(authorities::contains);
    }

    private static Page page(String method, String path, Set<Role> roles) {
        return new Page(HttpMethod.valueOf(method), path, Set.copyOf(roles));
    }
}
