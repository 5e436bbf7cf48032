package io.leadrules.app.console.model;

import io.leadrules.app.ruleset.TestReport;
import io.leadrules.rules.scenario.ScenarioResult;
import java.util.Comparator;
import java.util.List;

/**
 * A version's last scenario report for a page: every scenario of every file, failures first, each with its checks
 * (expected and actual side by side). Null report: never tested.
 */
record ScenarioView(TestReport report, List<Scenario> scenarios) {

    record Scenario(String file, ScenarioResult result) {
    }

    static ScenarioView of(TestReport report) {
        if (report == null) {
            return new ScenarioView(null, List.of());
        }
        List<Scenario> scenarios = report.files().stream()
                .flatMap(file -> file.results().stream().map(result -> new Scenario(file.file(), result)))
                .sorted(Comparator.comparing((Scenario s) -> s.result().passed()))
                .toList();
        return new ScenarioView(report, scenarios);
    }
}
