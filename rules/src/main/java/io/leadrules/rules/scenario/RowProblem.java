package io.leadrules.rules.scenario;

/** A cell of one row that cannot be used; the runner turns it into that row's error and goes on with the next. */
final class RowProblem extends RuntimeException {

    private final String column;

    RowProblem(ScenarioColumn column, String problem) {
        this(column == null ? null : column.header(), problem);
    }

    /** A problem in the column with this header ({@code attributes.timeOnSite}). */
    RowProblem(String column, String problem) {
        super(problem, null, false, false);
        this.column = column;
    }

    /** "row 7, column activities: 'DEMO@x' ...". */
    String describe(int row) {
        return "row " + row + (column == null ? "" : ", column " + column) + ": " + getMessage();
    }
}
