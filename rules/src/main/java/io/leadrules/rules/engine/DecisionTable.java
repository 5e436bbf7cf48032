package io.leadrules.rules.engine;

import io.leadrules.rules.model.ReasonLanguages;
import io.leadrules.rules.model.TableKind;
import io.leadrules.rules.model.TableKinds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;

/**
 * One {@code RuleTable} block of a spreadsheet as a person sees it: its columns (Drools keyword, object type,
 * snippet and the human header) and its data rows with cell references. Read with Apache POI, independently of
 * Drools, so that problems and sources can name cells.
 *
 * @param tableRow     the one-based row of the {@code RuleTable} cell (keywords follow, then object types, snippets,
 *                     the human header and the data)
 * @param settingCells the sheet's settings above the table ({@code import}, {@code variables}, {@code functions},
 *                     ...), lower case, to the cell that holds each value
 * @param ruleSet      the package the sheet's RuleSet setting names (null when it names none): with {@code name},
 *                     what identifies the table's {@link TableKind}
 */
public record DecisionTable(String file, String sheet, String name, int tableRow, Map<String, String> settingCells,
                            List<Column> columns, List<Row> rows, String ruleSet) {

    /** The column keywords of a Drools decision table, none of which a model kind uses. */
    private static final Set<String> DROOLS_KEYWORDS = Set.of("NAME", "CONDITION", "ACTION", "METADATA");

    DecisionTable withRuleSet(String ruleSet) {
        return new DecisionTable(file, sheet, name, tableRow, settingCells, columns, rows, ruleSet);
    }

    /**
     * The shipped kind of table this is; empty for a table a rule developer added (a developer change). A table of a
     * model kind's name is of that kind unless its sheet names no Template and its columns are Drools' own
     * ({@code CONDITION}, {@code ACTION}...): such a table is a developer's Drools table, as any table of that name was
     * before the model kinds existed, and a rule version stored then must compile as it did.
     */
    public Optional<TableKind> kind() {
        return TableKinds.find(ruleSet, name).filter(kind -> !kind.isModel() || !droolsTableWithoutTemplate());
    }

    private boolean droolsTableWithoutTemplate() {
        return !settingCells.containsKey("template")
                && columns.stream().anyMatch(c -> DROOLS_KEYWORDS.contains(c.keyword()));
    }

    /** True for a table outside the shipped kinds: a rule developer's change, not a marketing edit. */
    public boolean isDeveloperTable() {
        return kind().isEmpty();
    }

    /** A column of the table. {@code index} is the zero-based sheet column. */
    public record Column(int index, String keyword, String objectType, String snippet, String header) {

        public String letter() {
            return CellReference.convertNumToColString(index);
        }

        /** True when the snippet uses the cell value outside double quotes, where it must be a number. */
        public boolean expectsNumber() {
            return snippet != null && DrlSnippets.usesParameterOutsideQuotes(snippet);
        }

        /** True when the snippet puts the cell value inside a double-quoted string. */
        public boolean expectsText() {
            return snippet != null && DrlSnippets.usesParameterInsideQuotes(snippet);
        }
    }

    /** A data row. {@code number} is the one-based row number a spreadsheet app shows. */
    public record Row(int number, Map<Integer, String> values) {

        public String value(Column column) {
            return values.get(column.index());
        }
    }

    public Optional<Column> ruleIdColumn() {
        return columns.stream().filter(c -> "NAME".equals(c.keyword()) || isModelTable() && "RULE_ID".equals(c.keyword()))
                .findFirst();
    }

    /** True for a table of a model kind, whose rules LeadRules writes from its visible cells. */
    public boolean isModelTable() {
        return kind().map(TableKind::isModel).orElse(false);
    }

    /** The column of a model table that plays the role ({@code FIELD}, {@code WEIGHT}, ...). */
    public Optional<Column> column(String role) {
        return columns.stream().filter(c -> role.equals(c.keyword())).findFirst();
    }

    /** The trimmed value of the row in the column that plays the role; null when the cell is empty. */
    public String value(Row row, String role) {
        return column(role).map(row::value).map(String::trim).filter(v -> !v.isEmpty()).orElse(null);
    }

    /** The cell of the row in the column that plays the role ("E14"); the row's first cell when there is none. */
    public String cell(Row row, String role) {
        return column(role).map(c -> cell(c, row)).orElse("A" + row.number());
    }

    public Optional<Column> reasonColumn() {
        return columns.stream()
                .filter(c -> c.header() != null && c.header().trim().equalsIgnoreCase("reason"))
                .findFirst();
    }

    /**
     * True for a column headed {@code Reason (xx)}: a translation of the Reason column, read by LeadRules only (never
     * handed to Drools). Its technical rows are empty: it holds text, not code.
     */
    public boolean isLanguageColumn(Column column) {
        return ReasonLanguages.isLanguageHeader(column.header());
    }

    /** The well-written language columns by language code ({@code es}), in column order; the first of a language wins. */
    public Map<String, Column> languageColumns() {
        Map<String, Column> byLanguage = new LinkedHashMap<>();
        for (Column column : columns) {
            ReasonLanguages.languageOf(column.header()).ifPresent(code -> byLanguage.putIfAbsent(code, column));
        }
        return byLanguage;
    }

    /** The cell holding a column's human header ("H6"). */
    public String headerCell(Column column) {
        return column.letter() + (tableRow + 4);
    }

    /** The cell holding a column's snippet (the hidden technical row). */
    public String snippetCell(Column column) {
        return column.letter() + (tableRow + 3);
    }

    /** "D14" for the column and row. */
    public static String cell(Column column, Row row) {
        return column.letter() + row.number();
    }

    public Optional<Row> rowNumbered(int number) {
        return rows.stream().filter(r -> r.number() == number).findFirst();
    }

    /** The Rule ID of a row, or null when the table has no Rule ID column or the cell is empty. */
    public String ruleId(Row row) {
        return ruleIdColumn().map(row::value).orElse(null);
    }
}
