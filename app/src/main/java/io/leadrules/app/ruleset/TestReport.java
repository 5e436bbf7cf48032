package io.leadrules.app.ruleset;

import io.leadrules.rules.scenario.ScenarioReport;
import io.leadrules.rules.scenario.ScenarioResult;
import java.time.Instant;
import java.util.List;

/**
 * A run of a version's scenario files: per file, per scenario, pass or fail, expected against actual for each
 * checked member, and the rules that fired. {@code passed} is false when any scenario failed; a version without
 * scenario files passes with {@code scenarios} 0. {@code rulesNotFired} lists the rules no scenario of any file fired:
 * a warning, never a failure.
 */
public record TestReport(String rulesetVersion, Instant testedAt, boolean passed, int scenarios, int passedCount,
                  int failedCount, List<ScenarioReport> files, List<String> rulesNotFired) {

    static TestReport of(String version, Instant testedAt, List<ScenarioReport> files) {
        int passed = files.stream().mapToInt(ScenarioReport::passed).sum();
        int failed = files.stream().mapToInt(ScenarioReport::failed).sum();
        return new TestReport(version, testedAt, failed == 0, passed + failed, passed, failed, files,
                ScenarioReport.rulesNotFiredByAny(files));
    }

    /** Every failing scenario, with its file, for a 409 that refuses an activation. */
    List<FailedScenario> failures() {
        return files.stream().flatMap(file -> file.failures().stream().map(result -> FailedScenario.of(file, result)))
                .toList();
    }

    public record FailedScenario(String file, int row, String name, String failure) {

        static FailedScenario of(ScenarioReport file, ScenarioResult result) {
            return new FailedScenario(file.file(), result.row(), result.name(), result.describe());
        }
    }
}
