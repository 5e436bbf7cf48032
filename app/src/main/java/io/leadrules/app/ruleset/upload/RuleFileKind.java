package io.leadrules.app.ruleset.upload;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a file of an upload is, by the ending of its name (upper or lower case alike). */
enum RuleFileKind {

    DRL(".drl"),
    DECISION_TABLE(".drl.xlsx"),
    SCENARIO_TABLE(".scenarios.csv"),
    SCENARIO_WORKBOOK(".scenarios.xlsx"),
    ZIP(".zip");

    private final String ending;

    RuleFileKind(String ending) {
        this.ending = ending;
    }

    static Optional<RuleFileKind> of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> lower.endsWith(kind.ending)).findFirst();
    }

    String ending() {
        return ending;
    }

    boolean isText() {
        return this == DRL || this == SCENARIO_TABLE;
    }

    boolean isWorkbook() {
        return this == DECISION_TABLE || this == SCENARIO_WORKBOOK;
    }
}
