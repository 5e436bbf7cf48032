package io.leadrules.app.ruleset;

import java.time.Instant;

/**
 * A rule version went live (a rollback when it had been retired): published in the transaction that changes the
 * stored statuses, so what listeners write commits or rolls back with the activation.
 */
public record RuleVersionActivated(String rulesetVersion, String previousVersion, Instant activatedAt,
                                   boolean rollback) {
}
