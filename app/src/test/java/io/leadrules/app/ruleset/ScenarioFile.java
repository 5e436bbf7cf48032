package io.leadrules.app.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The shipped scenario file ({@code DefaultScenarios.scenarios.csv}), edited as marketing ops edit it in a text
 * editor when a rule change is meant to change a result: find a scenario's line by its name, change part of it.
 */
final class ScenarioFile {

    static final String NAME = "DefaultScenarios.scenarios.csv";

    private final List<String> lines;

    private ScenarioFile(List<String> lines) {
        this.lines = lines;
    }

    static ScenarioFile shipped() {
        String text = new String(EditedWorkbook.shippedBytes(NAME), StandardCharsets.UTF_8);
        return new ScenarioFile(new ArrayList<>(text.lines().toList()));
    }

    /** In the line of the scenario named {@code name}, replaces {@code old} (which must occur once) by {@code now}. */
    ScenarioFile replaceInScenario(String name, String old, String now) {
        int at = lineOf(name);
        String line = lines.get(at);
        if (line.indexOf(old) < 0 || line.indexOf(old) != line.lastIndexOf(old)) {
            throw new IllegalArgumentException("Scenario '" + name + "' does not hold '" + old + "' exactly once: "
                    + line);
        }
        lines.set(at, line.replace(old, now));
        return this;
    }

    /** Applies {@code edit} to every scenario line (not the header): a search and replace over the file. */
    ScenarioFile everyScenario(UnaryOperator<String> edit) {
        for (int i = 1; i < lines.size(); i++) {
            lines.set(i, edit.apply(lines.get(i)));
        }
        return this;
    }

    RuleVersionApi.UploadFile file() {
        return new RuleVersionApi.UploadFile(NAME, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private int lineOf(String name) {
        int found = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith(name + ",") || lines.get(i).startsWith("\"" + name + "\",")) {
                if (found >= 0) {
                    throw new IllegalArgumentException("Two scenarios are named '" + name + "'");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("No scenario is named '" + name + "'");
        }
        return found;
    }
}
