package io.leadrules.rules.scenario;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The outcome of one scenario file: every row's result, in row order, how many passed and failed, and the rules of the
 * compiled set that none of its scenarios fired ({@code rulesNotFired}, by rule id, in the set's order): a rule no
 * scenario fires is a rule nothing tests, so a change to it would pass unnoticed.
 */
public record ScenarioReport(String file, List<ScenarioResult> results, int passed, int failed,
                             List<String> rulesNotFired) {

    public ScenarioReport {
        results = List.copyOf(results);
        rulesNotFired = rulesNotFired == null ? List.of() : List.copyOf(rulesNotFired);
    }

    /** @param ruleIds the rule ids of the compiled set the scenarios ran against, in its order */
    static ScenarioReport of(String file, List<ScenarioResult> results, Collection<String> ruleIds) {
        int passed = (int) results.stream().filter(ScenarioResult::passed).count();
        Set<String> fired = new LinkedHashSet<>();
        results.forEach(result -> fired.addAll(result.firedRuleIds()));
        List<String> notFired = ruleIds.stream().distinct().filter(id -> !fired.contains(id)).toList();
        return new ScenarioReport(file, results, passed, results.size() - passed, notFired);
    }

    /**
     * The rules no scenario of any of the files fired: those every report lists. Empty when there are no reports (a
     * version without scenario files has nothing to say about its rules).
     */
    public static List<String> rulesNotFiredByAny(List<ScenarioReport> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        return reports.get(0).rulesNotFired().stream()
                .filter(id -> reports.stream().allMatch(report -> report.rulesNotFired().contains(id))).toList();
    }

    public boolean allPassed() {
        return failed == 0;
    }

    public List<ScenarioResult> failures() {
        return results.stream().filter(result -> !result.passed()).toList();
    }

    /** A headline and one line per failing scenario with its differences. */
    public String summary() {
        StringBuilder text = new StringBuilder(file + ": " + results.size() + " scenarios, " + passed + " passed, "
                + failed + " failed");
        failures().forEach(result -> text.append(System.lineSeparator()).append("  ").append(result.describe()));
        return text.toString();
    }
}
