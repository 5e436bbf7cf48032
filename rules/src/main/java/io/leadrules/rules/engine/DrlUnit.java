package io.leadrules.rules.engine;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DRL text ready to compile, with the way back to where a person wrote it: a DRL file, or one sheet of a
 * decision table (whose generated DRL marks each rule with {@code // rule values at A12}).
 *
 * @param path   where it goes in the Drools file system (unique, under its package folder)
 * @param file   the rule-set file it came from
 * @param sheet  the sheet, for a decision table; null for a DRL file
 * @param tables the sheet's tables, for a decision table; empty for a DRL file
 */
record DrlUnit(String path, String file, String sheet, String drl, List<DecisionTable> tables) {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final Pattern ROW_MARKER = Pattern.compile("^\\s*// rule values at ([A-Z]+)(\\d+)");

    static DrlUnit ofDrl(RuleFile file, String drl) {
        return new DrlUnit(pathFor(drl, file.name()), file.name(), null, drl, List.of());
    }

    static DrlUnit ofSheet(String file, String sheet, String drl, List<DecisionTable> tables) {
        return new DrlUnit(pathFor(drl, file + "-" + sheet), file, sheet, drl, tables);
    }

    boolean isDecisionTable() {
        return sheet != null;
    }

    String packageName() {
        Matcher m = PACKAGE.matcher(drl);
        return m.find() ? m.group(1) : "defaultpkg";
    }

    /** For generated DRL: the spreadsheet row whose rule holds the given DRL line. */
    Optional<Integer> spreadsheetRowAt(int drlLine) {
        List<String> lines = drl.lines().toList();
        for (int i = Math.min(drlLine, lines.size()) - 1; i >= 0; i--) {
            Matcher m = ROW_MARKER.matcher(lines.get(i));
            if (m.find()) {
                return Optional.of(Integer.parseInt(m.group(2)));
            }
        }
        return Optional.empty();
    }

    /** The table and row that a spreadsheet row number belongs to. */
    Optional<TableRow> tableRow(int rowNumber) {
        for (DecisionTable table : tables) {
            Optional<DecisionTable.Row> row = table.rowNumbered(rowNumber);
            if (row.isPresent()) {
                return Optional.of(new TableRow(table, row.get()));
            }
        }
        return Optional.empty();
    }

    record TableRow(DecisionTable table, DecisionTable.Row row) {
    }

    private static String pathFor(String drl, String name) {
        Matcher m = PACKAGE.matcher(drl);
        String folder = m.find() ? m.group(1).replace('.', '/') : "defaultpkg";
        String safe = name.replaceAll("[^A-Za-z0-9_.-]", "_").replaceAll("\\.drl(\\.xlsx)?$", "");
        return "src/main/resources/" + folder + "/" + safe + ".drl";
    }
}
