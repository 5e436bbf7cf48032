package io.leadrules.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Turns Drools build messages about generated or written DRL into problems a person can act on: the DRL file and
 * line, or the spreadsheet cell whose value the message is about (else the row's Rule ID cell).
 */
final class BuildDiagnosis {

    private BuildDiagnosis() {
    }

    private static final Pattern LINE_IN_TEXT = Pattern.compile("\\b[Ll]ine (\\d+)");
    private static final Pattern QUOTED = Pattern.compile("'([^'\\s]{2,})'");
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    static List<CompileProblem> explain(List<DrlUnit> units, List<Message> errors) {
        List<CompileProblem> problems = new ArrayList<>();
        for (Message error : errors) {
            CompileProblem problem = explain(units, error);
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        if (problems.size() > 1) {
            problems.removeIf(p -> p.message().contains(NULL_PACKAGE));
        }
        return problems;
    }

    private static CompileProblem explain(List<DrlUnit> units, Message error) {
        String text = firstLine(error.getText());
        Optional<DrlUnit> unit = units.stream().filter(u -> samePath(u.path(), error.getPath())).findFirst();
        if (unit.isEmpty()) {
            return CompileProblem.inFile(guessFile(units, error.getPath()), text);
        }
        DrlUnit u = unit.get();
        Integer line = lineOf(u, error.getLine(), text);
        if (!u.isDecisionTable()) {
            return CompileProblem.atLine(u.file(), line, text);
        }
        return Optional.ofNullable(line).flatMap(u::spreadsheetRowAt).flatMap(u::tableRow)
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
                        CompileMessage.of("cell.doesNotFitColumn", value.trim(), header(column), text));
            }
        }
        String ruleId = table.ruleId(row);
        String cell = table.ruleIdColumn().map(c -> DecisionTable.cell(c, row)).orElse("A" + row.number());
        return CompileProblem.inCell(unit.file(), unit.sheet(), cell,
                ruleId == null ? CompileMessage.of("row.error", row.number(), text)
                        : CompileMessage.of("row.errorWithId", row.number(), ruleId, text));
    }

    /** Messages name the file with or without the {@code src/main/resources/} prefix it was written under. */
    private static boolean samePath(String written, String reported) {
        return reported != null && !reported.isBlank()
                && (written.equals(reported) || written.endsWith("/" + reported.replaceFirst("^/", "")));
    }

    /** Drools often reports no line: take it from "Line 6:23" in the text, or find the quoted name in the DRL. */
    private static Integer lineOf(DrlUnit unit, int reported, String text) {
        if (reported > 0) {
            return reported;
        }
        Matcher inText = LINE_IN_TEXT.matcher(text);
        if (inText.find()) {
            return Integer.parseInt(inText.group(1));
        }
        Matcher quoted = QUOTED.matcher(text);
        if (quoted.find()) {
            Pattern word = Pattern.compile("\\b" + Pattern.quote(quoted.group(1)) + "\\b");
            List<String> lines = unit.drl().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).trim();
                if (!line.startsWith("package") && !line.startsWith("import") && word.matcher(line).find()) {
                    return i + 1;
                }
            }
        }
        return null;
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
