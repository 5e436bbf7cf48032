package io.leadrules.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kie.api.builder.Message;

/**
 * Turns Drools build messages about generated or written DRL into problems a person can act on: the DRL file and
 * line, or the spreadsheet cell whose value the message is about (else the row's Rule ID cell).
 */
final class BuildDiagnosis {

    private BuildDiagnosis() {
    }

    static List<CompileProblem> explain(List<DrlUnit> units, List<Message> errors) {
        List<CompileProblem> problems = new ArrayList<>();
        for (Message error : errors) {
            CompileProblem problem = explain(units, error);
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        return problems;
    }

    private static CompileProblem explain(List<DrlUnit> units, Message error) {
        String text = firstLine(error.getText());
        Optional<DrlUnit> unit = units.stream().filter(u -> u.path().equals(error.getPath())).findFirst();
        if (unit.isEmpty()) {
            return CompileProblem.inFile(guessFile(units, error.getPath()), text);
        }
        DrlUnit u = unit.get();
        int line = error.getLine();
        if (!u.isDecisionTable()) {
            return CompileProblem.atLine(u.file(), line > 0 ? line : null, text);
        }
        return u.spreadsheetRowAt(line).flatMap(u::tableRow)
                .map(row -> inRow(u, row, text))
                .orElse(CompileProblem.inSheet(u.file(), u.sheet(), text));
    }

    private static CompileProblem inRow(DrlUnit unit, DrlUnit.TableRow tableRow, String text) {
        DecisionTable table = tableRow.table();
        DecisionTable.Row row = tableRow.row();
        for (DecisionTable.Column column : table.columns()) {
            String value = row.value(column);
            if (value != null && !"NAME".equals(column.keyword()) && value.trim().length() > 1
                    && text.contains(value.trim())) {
                return CompileProblem.inCell(unit.file(), unit.sheet(), DecisionTable.cell(column, row),
                        "\"" + value.trim() + "\" does not fit column '" + header(column) + "': " + text);
            }
        }
        String ruleId = table.ruleId(row);
        String cell = table.ruleIdColumn().map(c -> DecisionTable.cell(c, row)).orElse("A" + row.number());
        return CompileProblem.inCell(unit.file(), unit.sheet(), cell,
                "row " + row.number() + (ruleId == null ? "" : " (" + ruleId + ")") + ": " + text);
    }

    private static String header(DecisionTable.Column column) {
        return column.header() != null ? column.header() : column.letter();
    }

    /** Executable-model messages point into generated Java under the rule's package folder. */
    private static String guessFile(List<DrlUnit> units, String path) {
        if (path != null) {
            for (DrlUnit unit : units) {
                String folder = unit.packageName().replace('.', '/');
                if (path.contains("/" + folder + "/")) {
                    return unit.file();
                }
            }
        }
        return units.isEmpty() ? "rule set" : units.get(0).file();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().map(String::trim).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }
}
