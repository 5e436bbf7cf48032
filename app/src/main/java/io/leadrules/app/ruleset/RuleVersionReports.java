package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.ValidationWarning;
import io.leadrules.rules.scenario.ScenarioFileException;
import io.leadrules.rules.scenario.ScenarioRunner;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Validation and test reports of a version: produced from its compiled rules, stored and shown as JSON. */
@Component
class RuleVersionReports {

    private final JsonMapper json;
    private final ScenarioRunner scenarios = new ScenarioRunner();

    RuleVersionReports(JsonMapper json) {
        this.json = json;
    }

    /** Runs every scenario file of the version; a {@link ScenarioFileException} when one cannot be read at all. */
    TestReport test(CompiledRuleSet rules, Instant at) {
        return TestReport.of(rules.version(), at, scenarios.runAll(rules));
    }

    String validation(CompiledRuleSet rules) {
        return json.writeValueAsString(new ValidationReport(rules.warnings()));
    }

    String write(TestReport report) {
        return json.writeValueAsString(report);
    }

    String developerChanges(List<String> changes) {
        return json.writeValueAsString(changes);
    }

    List<String> developerChanges(String stored) {
        return List.of(json.readValue(stored, String[].class));
    }

    /** A stored test report as the record it was written from; null when the version was never tested. */
    TestReport testReport(String stored) {
        return stored == null ? null : json.readValue(stored, TestReport.class);
    }

    /** The warnings of a stored validation report. */
    List<ValidationWarning> warnings(String stored) {
        return stored == null ? List.of() : json.readValue(stored, ValidationReport.class).warnings();
    }

    JsonNode tree(String stored) {
        return stored == null ? null : json.readTree(stored);
    }

    /** Warnings about what compiles but is probably not meant; they never stop a version. */
    record ValidationReport(List<ValidationWarning> warnings) {
    }
}
