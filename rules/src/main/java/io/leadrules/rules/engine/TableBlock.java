package io.leadrules.rules.engine;

/**
 * Where one {@link DecisionTable} sits on its sheet, zero-based: from the {@code RuleTable} cell down to the last
 * data row, across the table's keyword columns. Everything Drools may read of the table lies inside.
 */
record TableBlock(DecisionTable table, int column) {

    int firstRow() {
        return table.tableRow() - 1;
    }

    int lastRow() {
        return table.rows().isEmpty() ? firstRow() + 4 : table.rows().get(table.rows().size() - 1).number() - 1;
    }

    boolean holdsRow(int row) {
        return row >= firstRow() && row <= lastRow();
    }

    /**
     * The cells Drools gets: the RuleTable cell and the keyword columns of every row of the block. A language column
     * ({@code Reason (es)}) is LeadRules' own: Drools never sees it, so a translation cannot become code.
     */
    boolean holds(int row, int column) {
        return holdsRow(row) && (column == this.column && row == firstRow()
                || table.columns().stream().anyMatch(c -> c.index() == column && !table.isLanguageColumn(c)));
    }

    /** A data row (below the human header). */
    boolean holdsData(int row) {
        return row > firstRow() + 4 && row <= lastRow();
    }
}
