package io.leadrules.app.ruleset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may make a rule version live, under {@code leadrules.rules}. A member left out gets its default.
 *
 * @param fourEyes whether a version must be activated by someone other than its uploader (default true). Off only
 *                 for a one-person trial: an activation by the uploader is then recorded as self-approved, so the
 *                 history still says nobody else looked.
 */
@ConfigurationProperties("leadrules.rules")
public record RuleApprovalSettings(Boolean fourEyes) {

    public RuleApprovalSettings {
        fourEyes = fourEyes == null || fourEyes;
    }
}
