package io.leadrules.app.ruleset;

/**
 * A draft that was never live was deleted, within the transaction that deletes it: a feature that keeps rows about
 * a version (a simulation of it) deletes them in the same transaction, so nothing dangles and nothing blocks.
 *
 * @param rulesetVersion the deleted version's id as the API shows it
 */
public record RuleVersionDeleted(String rulesetVersion) {
}
