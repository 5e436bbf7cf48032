package io.leadrules.rules.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of one scenario row. {@code row} is the row number as a spreadsheet app shows it (the header is row
 * 1). A row that could not be read or run has {@code error} set, no checks, and has not passed.
 */
public record ScenarioResult(String name, int row, boolean passed, List<Check> checks, List<String> firedRuleIds,
                             String error) {

    public ScenarioResult {
        checks = List.copyOf(checks);
        firedRuleIds = List.copyOf(firedRuleIds);
    }

    static ScenarioResult checked(String name, int row, List<Check> checks, List<String> firedRuleIds) {
        boolean passed = checks.stream().allMatch(Check::passed);
        return new ScenarioResult(name, row, passed, checks, firedRuleIds, null);
    }

    static ScenarioResult unreadable(String name, int row, String error) {
        return new ScenarioResult(name, row, false, List.of(), List.of(), error);
    }

    public List<Check> failedChecks() {
        return checks.stream().filter(check -> !check.passed()).toList();
    }

    /**
     * "row 7 'Ideal persona asked for a demo': fit.grade: expected B, was A; stage: expected SQL, was MQL", or for an
     * unreadable row "row 7 'Name': column activities: 'DEMO@x' ...".
     */
    public String describe() {
        String what = error != null ? withoutRowNumber(error)
                : passed ? "passed"
                : failedChecks().stream().map(Check::describe).collect(Collectors.joining("; "));
        return "row " + row + " '" + name + "': " + what;
    }

    private String withoutRowNumber(String text) {
        String prefix = "row " + row;
        return text.startsWith(prefix + ", ") || text.startsWith(prefix + ": ")
                ? text.substring(prefix.length() + 2) : text;
    }
}
