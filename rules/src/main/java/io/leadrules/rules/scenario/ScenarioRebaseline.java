package io.leadrules.rules.scenario;

import io.leadrules.rules.csv.CsvRecord;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A scenario file with the results a rule version gives written in as the new expectations, for marketing ops to
 * review after an intentional change instead of recomputing every expected score by hand. The copy is written as the
 * original was: a CSV file with the same separator, byte order mark and line ends; an XLSX workbook with only the
 * changed expectation cells touched. Only cells whose check fails change (see {@link RowRebaseline}); a row that
 * cannot be read or run is left as it is and listed, as it has no result to write.
 */
public final class ScenarioRebaseline {

    private ScenarioRebaseline() {
    }

    /** The re-baselined copy of {@code file}; a {@link ScenarioFileException} when it cannot be read at all. */
    public static Rebaselined of(CompiledRuleSet rules, RuleFile file) {
        boolean csv = file.name().toLowerCase(Locale.ROOT).endsWith(".csv");
        CsvScenarioReader.Parsed parsed = csv ? CsvScenarioReader.parse(file.name(), file.content()) : null;
        ScenarioTable table = csv ? parsed.table() : XlsxScenarioReader.read(file.name(), file.content());
        Rebaselined found = rebaseline(rules, table);
        byte[] content = csv ? CsvScenarioWriter.write(parsed.dialect(), table, found.changes())
                : XlsxScenarioWriter.write(file.name(), file.content(), found.changes());
        return new Rebaselined(new RuleFile(file.name(), content), found.changes(), found.dropped(),
                found.notRebaselined());
    }

    private static Rebaselined rebaseline(CompiledRuleSet rules, ScenarioTable table) {
        List<CellChange> changes = new ArrayList<>();
        List<DroppedExpectation> dropped = new ArrayList<>();
        List<String> notRebaselined = new ArrayList<>();
        for (ScenarioRow row : ScenarioSheet.rows(table)) {
            ScenarioExecution.Outcome outcome = ScenarioExecution.outcome(rules, row);
            if (outcome.evaluation() == null) {
                notRebaselined.add(outcome.result().describe());
                continue;
            }
            RowRebaseline rebaseline = RowRebaseline.of(row, outcome.result(), outcome.evaluation());
            rebaseline.cells().forEach((column, text) -> changes.add(change(table, row, column, text)));
            dropped.addAll(rebaseline.dropped());
        }
        return new Rebaselined(null, changes, dropped, notRebaselined);
    }

    private static CellChange change(ScenarioTable table, ScenarioRow row, ScenarioColumn column, String text) {
        int index = columnIndex(table, column);
        return new CellChange(row.number(), row.name(), index, CsvRecord.columnLetter(index) + row.number(),
                column.header(), row.text(column), text);
    }

    private static int columnIndex(ScenarioTable table, ScenarioColumn column) {
        for (int i = 0; i < table.headers().size(); i++) {
            if (ScenarioColumn.forHeader(table.headers().get(i)).filter(column::equals).isPresent()) {
                return i;
            }
        }
        throw new IllegalStateException("A checked column without a header: " + column.header());
    }

    /**
     * The copy, every cell it changed, the mustFire/mustNotFire entries it dropped, and the rows it left as they were
     * because they cannot be read or run (each with why).
     */
    public record Rebaselined(RuleFile file, List<CellChange> changes, List<DroppedExpectation> dropped,
                              List<String> notRebaselined) {

        public Rebaselined {
            changes = List.copyOf(changes);
            dropped = List.copyOf(dropped);
            notRebaselined = List.copyOf(notRebaselined);
        }
    }

    /**
     * One expectation cell rewritten: where ({@code cell} as a spreadsheet shows it, {@code U7}), from what to what.
     */
    public record CellChange(int row, String scenario, int columnIndex, String cell, String column, String before,
                             String after) {
    }

    /**
     * A mustFire or mustNotFire entry that no longer holds, taken out of its cell; {@code actual} says what happened.
     */
    public record DroppedExpectation(int row, String scenario, String column, String entry, String actual) {
    }
}
