package io.leadrules.rules.diff;

/**
 * A decision table within its workbook: the sheet and the name after {@code RuleTable}. When a sheet holds two
 * tables of one name, the second is called {@code "Name #2"}.
 */
public record TableName(String sheet, String table) {

    /** {@code sheet Role}, or {@code sheet Role, table Roles} when the table is not named after its sheet. */
    public String describe() {
        return sheet.equals(table) ? "sheet " + sheet : "sheet " + sheet + ", table " + table;
    }
}
