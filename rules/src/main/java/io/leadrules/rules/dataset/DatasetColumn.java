package io.leadrules.rules.dataset;

import io.leadrules.rules.scenario.ScenarioColumn;
import java.util.Arrays;
import java.util.Optional;

/**
 * The columns a dataset has beside the lead's own (which are named as in a scenario file, see
 * {@link ScenarioColumn}); headers match the same way, ignoring case, spaces, underscores and hyphens. Which of them
 * a file may or must have depends on its {@link DatasetPurpose}.
 */
enum DatasetColumn {
    ID("id"), CREATED_AT("createdAt"), CUTOFF("cutoff"), OUTCOME("outcome"), OUTCOME_AT("outcomeAt"), AS_OF("asOf");

    private final String header;

    DatasetColumn(String header) {
        this.header = header;
    }

    String header() {
        return header;
    }

    static Optional<DatasetColumn> forHeader(String text) {
        String key = ScenarioColumn.normalise(text);
        return Arrays.stream(values()).filter(column -> ScenarioColumn.normalise(column.header).equals(key))
                .findFirst();
    }
}
