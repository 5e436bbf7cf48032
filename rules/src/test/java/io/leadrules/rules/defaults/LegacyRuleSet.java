package io.leadrules.rules.defaults;

import io.leadrules.rules.engine.RuleFile;
import java.util.List;

/**
 * The rule set LeadRules shipped before the model tables (commit 0bd8b67), kept as a test fixture under
 * {@code legacy-ruleset/}: every decision-table kind (Role, Points, Weights, ...) with its technical rows. Versions
 * stored from it must keep compiling and replaying, so the checks of those kinds are tested on it.
 */
public final class LegacyRuleSet {

    private LegacyRuleSet() {
    }

    public static List<RuleFile> files() {
        return DefaultRuleSet.filesIn("legacy-ruleset/");
    }
}
