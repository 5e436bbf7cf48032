package io.leadrules.rules.scenario;

import java.util.List;

/** The outcome of one scenario file: every row's result, in row order, and how many passed and failed. */
public record ScenarioReport(String file, List<ScenarioResult> results, int passed, int failed) {

    public ScenarioReport {
        results = List.copyOf(results);
    }

    static ScenarioReport of(String file, List<ScenarioResult> results) {
        int passed = (int) results.stream().filter(ScenarioResult::passed).count();
        return new ScenarioReport(file, results, passed, results.size() - passed);
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
