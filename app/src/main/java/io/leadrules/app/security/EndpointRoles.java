package io.leadrules.app.security;

import static io.leadrules.app.security.Role.ADMIN;
import static io.leadrules.app.security.Role.AUDITOR;
import static io.leadrules.app.security.Role.METRICS;
import static io.leadrules.app.security.Role.RULE_DEVELOPER;
import static io.leadrules.app.security.Role.RULE_EDITOR;
import static io.leadrules.app.security.Role.SALES;
import static io.leadrules.app.security.Role.SCORER;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Who may call what: every endpoint of the API with the roles that may call it, in one table the security filter
 * chain is built from. docs/security.md shows the same decisions as a matrix, and RoleMatrixTest fails when the two
 * disagree, or when an endpoint exists that neither names: an endpoint added without a decision fails the build.
 */
final class EndpointRoles {

    /** Paths anyone may call, without credentials: health, the API description, the problem pages, errors. */
    static final List<String> OPEN = List.of("/actuator/health", "/actuator/health/**", "/v3/api-docs",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/problems", "/problems/**", "/error");

    private static final Set<Role> READ_LEADS = EnumSet.of(SCORER, RULE_EDITOR, RULE_DEVELOPER, SALES);
    private static final Set<Role> READ_DECISIONS = EnumSet.of(SCORER, RULE_EDITOR, RULE_DEVELOPER, SALES, AUDITOR);
    private static final Set<Role> EDIT_RULES = EnumSet.of(RULE_EDITOR, RULE_DEVELOPER);
    private static final Set<Role> READ_RULES = EnumSet.of(RULE_EDITOR, RULE_DEVELOPER, AUDITOR);

    /** One endpoint: its method, its path pattern as the controller maps it, and the roles that may call it. */
    record Endpoint(HttpMethod method, String path, Set<Role> roles) {
    }

    static final List<Endpoint> TABLE = List.of(
            endpoint("POST", "/api/v1/scores", EnumSet.of(SCORER, RULE_EDITOR, RULE_DEVELOPER)),
            // ?store=true (storing leads in bulk, lead.imports) shares the path and checks for SCORER in its handler
            endpoint("POST", "/api/v1/scores/batch", EnumSet.of(SCORER, RULE_EDITOR, RULE_DEVELOPER)),
            endpoint("POST", "/api/v1/leads", EnumSet.of(SCORER)),
            endpoint("GET", "/api/v1/lead-imports", READ_LEADS),
            endpoint("GET", "/api/v1/lead-imports/{id}", READ_LEADS),
            endpoint("POST", "/api/v1/lead-imports/{id}/cancel", EnumSet.of(SCORER)),
            endpoint("GET", "/api/v1/leads", READ_LEADS),
            endpoint("GET", "/api/v1/leads/{id}", READ_LEADS),
            endpoint("PATCH", "/api/v1/leads/{id}", EnumSet.of(SCORER)),
            endpoint("DELETE", "/api/v1/leads/{id}", EnumSet.of(ADMIN)),
            endpoint("GET", "/api/v1/leads/{id}/activities", READ_LEADS),
            endpoint("POST", "/api/v1/leads/{id}/activities", EnumSet.of(SCORER)),
            endpoint("GET", "/api/v1/leads/{id}/outcomes", READ_LEADS),
            endpoint("POST", "/api/v1/leads/{id}/outcomes", EnumSet.of(SCORER)),
            endpoint("POST", "/api/v1/outcomes/import", EnumSet.of(SCORER)),
            endpoint("GET", "/api/v1/leads/{id}/score", READ_DECISIONS),
            endpoint("GET", "/api/v1/leads/{id}/decisions", READ_DECISIONS),
            endpoint("GET", "/api/v1/decisions/{id}", READ_DECISIONS),
            endpoint("POST", "/api/v1/decisions/{id}/replay", READ_RULES),
            endpoint("POST", "/api/v1/rescoring-jobs", EDIT_RULES),
            endpoint("GET", "/api/v1/rescoring-jobs/{id}", READ_RULES),
            endpoint("POST", "/api/v1/rescoring-jobs/{id}/cancel", EDIT_RULES),
            endpoint("POST", "/api/v1/rulesets", EDIT_RULES),
            endpoint("GET", "/api/v1/rulesets", READ_RULES),
            endpoint("GET", "/api/v1/rulesets/active", READ_RULES),
            endpoint("GET", "/api/v1/rulesets/{id}", READ_RULES),
            endpoint("POST", "/api/v1/rulesets/{id}/test", EDIT_RULES),
            endpoint("DELETE", "/api/v1/rulesets/{id}", EDIT_RULES),
            endpoint("GET", "/api/v1/rulesets/{id}/review", READ_RULES),
            endpoint("POST", "/api/v1/rulesets/{id}/activation", EDIT_RULES),
            endpoint("GET", "/api/v1/rulesets/{id}/activation", READ_RULES),
            endpoint("DELETE", "/api/v1/rulesets/{id}/activation", EDIT_RULES),
            endpoint("GET", "/api/v1/rulesets/{id}/files/{name}", READ_RULES),
            endpoint("GET", "/api/v1/rulesets/{id}/rules", READ_RULES),
            endpoint("GET", "/api/v1/rulesets/{id}/diff", READ_RULES),
            endpoint("GET", "/api/v1/rulesets/{id}/scenarios/{file}/actual", READ_RULES),
            endpoint("POST", "/api/v1/rulesets/{id}/scenarios/accept", EDIT_RULES),
            endpoint("POST", "/api/v1/rulesets/{id}/simulation", EDIT_RULES),
            endpoint("GET", "/api/v1/rulesets/{id}/simulations", READ_RULES),
            endpoint("GET", "/api/v1/simulations/{id}", READ_RULES),
            endpoint("POST", "/api/v1/rulesets/{id}/backtest", EDIT_RULES),
            endpoint("GET", "/api/v1/rulesets/{id}/backtests", READ_RULES),
            endpoint("GET", "/api/v1/backtests/{id}", READ_RULES),
            endpoint("POST", "/api/v1/backtests/{id}/cancel", EDIT_RULES),
            endpoint("POST", "/api/v1/backtests/{id}/calibration", EDIT_RULES),
            endpoint("GET", "/api/v1/backtests/{id}/suggested-points", READ_RULES),
            endpoint("GET", "/api/v1/backtests/{id}/suggested-points/workbooks", READ_RULES),
            endpoint("POST", "/api/v1/simulations/{id}/cancel", EDIT_RULES),
            endpoint("GET", "/api/v1/rulesets/{id}/calibrations", READ_RULES),
            endpoint("GET", "/api/v1/calibrations/{id}", READ_RULES),
            endpoint("POST", "/api/v1/calibrations/{id}/approval", EDIT_RULES),
            endpoint("GET", "/api/v1/audit/events", EnumSet.of(AUDITOR)),
            endpoint("GET", "/api/v1/audit/verification", EnumSet.of(AUDITOR)),
            endpoint("POST", "/api/v1/users", EnumSet.of(ADMIN)),
            endpoint("GET", "/api/v1/users", EnumSet.of(ADMIN)),
            endpoint("GET", "/api/v1/users/{name}", EnumSet.of(ADMIN)),
            endpoint("PATCH", "/api/v1/users/{name}", EnumSet.of(ADMIN)),
            endpoint("POST", "/api/v1/users/{name}/password-reset", EnumSet.of(ADMIN)),
            endpoint("POST", "/api/v1/api-keys", EnumSet.of(ADMIN)),
            endpoint("GET", "/api/v1/api-keys", EnumSet.of(ADMIN)),
            endpoint("DELETE", "/api/v1/api-keys/{id}", EnumSet.of(ADMIN)),
            // Webhooks send data out to a URL of the caller's choice and hold a signing secret (docs/security.md)
            endpoint("POST", "/api/v1/webhooks", EnumSet.of(ADMIN)),
            endpoint("GET", "/api/v1/webhooks", EnumSet.of(ADMIN)),
            endpoint("GET", "/api/v1/webhooks/{id}", EnumSet.of(ADMIN)),
            endpoint("PUT", "/api/v1/webhooks/{id}", EnumSet.of(ADMIN)),
            endpoint("DELETE", "/api/v1/webhooks/{id}", EnumSet.of(ADMIN)),
            endpoint("GET", "/api/v1/webhooks/{id}/deliveries", EnumSet.of(ADMIN)),
            endpoint("POST", "/api/v1/webhooks/{id}/deliveries/{deliveryId}/resend", EnumSet.of(ADMIN)),
            // Operations (docs/integration.md): the metrics to their scraper alone; the version and the active rule
            // set to any credential, as before the METRICS role. Health is open (OPEN above).
            endpoint("GET", "/actuator/prometheus", EnumSet.of(METRICS)),
            endpoint("GET", "/actuator/info", EnumSet.allOf(Role.class)),
            // Served only in the bench profile (bench.EchoController), so not in docs/security.md's matrix, which
            // RoleMatrixTest checks without it; the scoring roles, so the HTTP benchmark compares like with like.
            endpoint("POST", "/api/v1/bench/echo", EnumSet.of(SCORER, RULE_EDITOR, RULE_DEVELOPER)));

    private EndpointRoles() {
    }

    private static Endpoint endpoint(String method, String path, Set<Role> roles) {
        return new Endpoint(HttpMethod.valueOf(method), path, Set.copyOf(roles));
    }
}
