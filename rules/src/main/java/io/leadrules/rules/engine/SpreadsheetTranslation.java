package io.leadrules.rules.engine;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.template.parser.DecisionTableParseException;

/**
 * Turns a {@code .drl.xlsx} file into one {@link DrlUnit} per sheet that holds a {@code RuleTable}, after checking
 * every cell. Drools itself reads only the first sheet of a workbook unless told otherwise; this reads them all.
 */
final class SpreadsheetTranslation {

    private static final Pattern CELL_REFERENCE = Pattern.compile("\\b([A-Z]{1,3}[1-9][0-9]*)\\b");

    private SpreadsheetTranslation() {
    }

    /**
     * When a sheet's technical part differs from its kind's template, the cells that differ say what to copy back;
     * the sheet-wide consequences (a missing ACTION column, a column without code) would only repeat them.
     */
    static List<DrlUnit> translate(RuleFile file, List<CompileProblem> problems, List<DecisionTable> modelTables) {
        DecisionTableWorkbook workbook;
        try {
            workbook = DecisionTableWorkbook.open(file);
        } catch (RuleSetCompilationException e) {
            problems.addAll(e.problems());
            return List.of();
        }
        if (workbook.tables().isEmpty()) {
            problems.add(CompileProblem.inFile(file.name(), CompileMessage.of("workbook.noRuleTable")));
            return List.of();
        }
        Map<String, List<DecisionTable>> bySheet = new LinkedHashMap<>();
        workbook.tables().forEach(t -> bySheet.computeIfAbsent(t.sheet(), s -> new ArrayList<>()).add(t));
        List<DrlUnit> units = new ArrayList<>();
        bySheet.forEach((sheet, tables) -> {
            if (tables.stream().anyMatch(DecisionTable::isModelTable)) {
                modelSheet(workbook, sheet, tables, problems, modelTables);
            } else {
                translateSheet(workbook, sheet, tables, problems, units);
            }
        });
        return units;
    }

    /**
     * A sheet of model tables is not given to Drools: LeadRules writes its rules from the visible cells once every
     * workbook is read (see {@code modeltables.ModelTables}). Its technical part is checked here like any other.
     */
    private static void modelSheet(DecisionTableWorkbook workbook, String sheet, List<DecisionTable> tables,
                                   List<CompileProblem> problems, List<DecisionTable> modelTables) {
        List<CompileProblem> sheetProblems = workbook.problems().stream().filter(p -> sheet.equals(p.sheet())).toList();
        problems.addAll(sheetProblems);
        tables.stream().filter(t -> !t.isModelTable()).forEach(t -> problems.add(CompileProblem.inSheet(
                workbook.file(), sheet, CompileMessage.of("sheet.sharedWithModel", t.name()))));
        if (sheetProblems.isEmpty()) {
            tables.stream().filter(DecisionTable::isModelTable).forEach(modelTables::add);
        }
    }

    private static void translateSheet(DecisionTableWorkbook workbook, String sheet, List<DecisionTable> tables,
                                       List<CompileProblem> problems, List<DrlUnit> units) {
        List<CompileProblem> cellProblems = new ArrayList<>(workbook.problems().stream()
                .filter(p -> sheet.equals(p.sheet())).toList());
        boolean technicalPartWrong = !cellProblems.isEmpty();
        tables.forEach(table -> TableCellChecks.check(table).stream()
                .filter(p -> !technicalPartWrong || p.cell() != null)
                .forEach(cellProblems::add));
        if (!cellProblems.isEmpty()) {
            problems.addAll(cellProblems);
            return;
        }
        try {
            String drl = new SpreadsheetCompiler().compile(
                    new ByteArrayInputStream(workbook.normalisedContent()), sheet);
            units.add(DrlUnit.ofSheet(workbook.file(), sheet, drl, tables));
        } catch (DecisionTableParseException | IllegalArgumentException | IllegalStateException e) {
            problems.add(parseProblem(workbook.file(), sheet, e));
        }
    }

    private static CompileProblem parseProblem(String file, String sheet, RuntimeException e) {
        String message = e.getMessage() == null ? "the table cannot be read" : e.getMessage().trim();
        Matcher cell = CELL_REFERENCE.matcher(message);
        return cell.find() ? CompileProblem.inCell(file, sheet, cell.group(1), message)
                : CompileProblem.inSheet(file, sheet, message);
    }
}
