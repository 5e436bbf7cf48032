package io.leadrules.rules.scenario;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.util.List;

/** Runs one scenario row: reads its lead and expectations, evaluates it, and compares. Never throws. */
final class ScenarioExecution {

    private ScenarioExecution() {
    }

    static ScenarioResult run(CompiledRuleSet rules, ScenarioRow row) {
        return outcome(rules, row).result();
    }

    /** The result, and the evaluation it compared (null when the row could not be read or run). */
    static Outcome outcome(CompiledRuleSet rules, ScenarioRow row) {
        String name = row.name();
        if (row.problem() != null) {
            return unreadable(name, row, row.problem());
        }
        if (name.isEmpty()) {
            return unreadable(name, row, "row " + row.number()
                    + ": the scenario has no name; every row with values needs a name in the 'name' column");
        }
        try {
            EvaluationInput input = ScenarioInput.of(row, rules.attributes());
            List<Expectation> expectations = Expectations.of(row);
            if (expectations.isEmpty()) {
                return unreadable(name, row, "row " + row.number()
                        + ": the scenario checks nothing; fill at least one expect..., mustFire or mustNotFire cell");
            }
            return compare(rules, row, rules.evaluate(input), expectations);
        } catch (RowProblem problem) {
            return unreadable(name, row, problem.describe(row.number()));
        } catch (RuntimeException e) {
            return unreadable(name, row, "row " + row.number()
                    + ": the rules could not evaluate this scenario: " + e.getMessage());
        }
    }

    private static Outcome unreadable(String name, ScenarioRow row, String error) {
        return new Outcome(ScenarioResult.unreadable(name, row.number(), error), null);
    }

    private static Outcome compare(CompiledRuleSet rules, ScenarioRow row, LeadEvaluation evaluation,
                                   List<Expectation> expectations) {
        List<Check> checks = expectations.stream().map(e -> e.check(evaluation, rules.catalog())).toList();
        List<String> fired = evaluation.firedRules().stream().map(FiredRule::ruleId).distinct().toList();
        return new Outcome(ScenarioResult.checked(row.name(), row.number(), checks, fired), evaluation);
    }

    record Outcome(ScenarioResult result, LeadEvaluation evaluation) {
    }
}
