package io.leadrules.rules.engine;

import io.leadrules.rules.engine.modeltables.ModelTranslation;
import io.leadrules.rules.safety.DrlPolicy;
import io.leadrules.rules.safety.DrlReview;
import io.leadrules.rules.safety.DrlViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * The DRL units of a rule set after {@link DrlPolicy} has judged every one of them. What is not allowed is added to
 * the problems (once per cell: every row of a table shares its snippet cells), which the compiler reports before
 * anything is built; too many rules are refused at once.
 */
record Translation(List<DrlUnit> units, List<DrlUnit> unjudged, ModelTranslation model) {

    private static final CompileMessage UNREADABLE = CompileMessage.of("ruleSet.unreadable");

    static Translation review(List<DrlUnit> units, int maxRules, List<CompileProblem> problems) {
        List<DrlUnit> unjudged = new ArrayList<>();
        int rules = 0;
        for (DrlUnit unit : units) {
            DrlReview review = DrlPolicy.review(unit.drl());
            rules += review.ruleCount();
            for (DrlViolation violation : review.violations()) {
                CompileProblem problem = SafetyProblems.locate(unit, violation);
                if (!problems.contains(problem)) {
                    problems.add(problem);
                }
            }
            if (!review.readable()) {
                unjudged.add(unit);
            }
        }
        if (rules > maxRules) {
            throw new RuleSetCompilationException(List.of(CompileProblem.inFile("rule set",
                    CompileMessage.of("ruleSet.tooManyRules", rules, maxRules))));
        }
        return new Translation(units, unjudged, ModelTranslation.NONE);
    }

    Translation withModel(ModelTranslation model) {
        return new Translation(units, unjudged, model);
    }

    /**
     * A unit Drools' parser could not read was not judged; the build, with the same parser, should have refused it.
     * Should a build succeed anyway, the rule set is refused rather than run unjudged.
     */
    void refuseUnjudged() {
        if (!unjudged.isEmpty()) {
            throw new RuleSetCompilationException(unjudged.stream().map(u -> u.isDecisionTable()
                    ? CompileProblem.inSheet(u.file(), u.sheet(), UNREADABLE) : CompileProblem.inFile(u.file(),
                    UNREADABLE)).toList());
        }
    }
}
