package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompileProblem;
import java.util.List;

/** The 422 of a version that cannot be used ({@link RuleSetInvalid}). */
final class RuleSetProblems {

    private RuleSetProblems() {
    }

    /**
     * The problems once each: a broken snippet in a table's technical row is found in the rule of every row that uses
     * it, and a person has one cell to fix, not one per row.
     */
    static RuleSetInvalid invalid(List<CompileProblem> found) {
        return new RuleSetInvalid(found.stream().distinct().toList());
    }
}
