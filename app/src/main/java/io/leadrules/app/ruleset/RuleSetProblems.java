package io.leadrules.app.ruleset;

import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.engine.CompileProblem;
import java.util.List;
import java.util.stream.Collectors;

/** The 422 of a version that cannot be used: every problem with its file and sheet and cell, or file and line. */
final class RuleSetProblems {

    private static final int DETAILED = 5;

    private RuleSetProblems() {
    }

    /**
     * The problems once each: a broken snippet in a table's technical row is found in the rule of every row that uses
     * it, and a person has one cell to fix, not one per row.
     */
    static ProblemException invalid(List<CompileProblem> found) {
        List<CompileProblem> problems = found.stream().distinct().toList();
        String detail = problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the rule files: "
                + problems.stream().limit(DETAILED).map(CompileProblem::describe).collect(Collectors.joining("; "))
                + (problems.size() > DETAILED ? "; ... (all of them in cells)" : "")
                + ". Nothing was stored; the live rules did not change.";
        return new ProblemException(RuleSetProblem.RULESET_INVALID, detail).with("cells", problems);
    }
}
