package io.leadrules.app.sandbox;

import io.leadrules.app.sandbox.WorkerProtocol.Answer;
import io.leadrules.app.sandbox.WorkerProtocol.Request;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleSetCompilationException;
import io.leadrules.rules.engine.RuleSetCompiler;
import io.leadrules.rules.scenario.ScenarioFileException;
import io.leadrules.rules.scenario.ScenarioReport;
import io.leadrules.rules.scenario.ScenarioRunner;
import java.util.List;

/**
 * What the worker does with one rule set: compile it (every check of {@link RuleSetCompiler}), score the stress lead
 * (a rule set too slow or runaway for the biggest lead a client may send is refused before anyone waits on it),
 * then run every scenario file. Runs inside the worker process only.
 */
final class RuleSetTrial {

    private final ScenarioRunner scenarios = new ScenarioRunner();

    Answer run(Request request) {
        long start = System.nanoTime();
        try {
            return compileAndTry(request);
        } catch (StackOverflowError e) {
            return Answer.refused("stack", (System.nanoTime() - start) / 1_000_000, "Reading or running these rules "
                    + "ran out of stack: an expression or a condition is nested far too deep (thousands of terms or "
                    + "brackets in one place), or rules call themselves without end. Split it into simpler rules.");
        }
    }

    private Answer compileAndTry(Request request) {
        CompiledRuleSet rules;
        try {
            rules = new RuleSetCompiler(request.maxRules()).compile("sandbox", request.ruleFiles());
        } catch (RuleSetCompilationException e) {
            return Answer.invalid(e.problems());
        }
        try (rules) {
            StressTest.Result stress = new StressTest(rules, request).run();
            if (stress.refusal() != null) {
                return stress.refusal();
            }
            return Answer.accepted(test(rules), stress.warmMillis());
        } catch (ScenarioFileException e) {
            return Answer.invalid(List.of(e.problem()));
        }
    }

    private List<ScenarioReport> test(CompiledRuleSet rules) {
        return scenarios.runAll(rules);
    }
}
