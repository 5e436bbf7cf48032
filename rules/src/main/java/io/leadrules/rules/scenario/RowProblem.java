package io.leadrules.rules.scenario;

/**
 * A cell of one row that cannot be used; the runner turns it into that row's error and goes on with the next (and
 * a dataset reader into that row's rejection). The message quotes the cell's text and says what to write instead.
 */
public final class RowProblem extends RuntimeException {

    private final String column;

    RowProblem(ScenarioColumn column, String problem) {
        this(column == null ? null : column.header(), problem);
    }

    /** A problem in the column with this header ({@code attributes.timeOnSite}). */
    RowProblem(String column, String problem) {
        super(problem, null, false, false);
        this.column = column;
    }

    /** The header of the column the problem is in ({@code activities}, {@code attributes.timeOnSite}); null if none. */
    public String column() {
        return column;
    }

    /** "row 7, column activities: 'DEMO@x' ...". */
    String describe(int row) {
        return "row " + row + (column == null ? "" : ", column " + column) + ": " + getMessage();
    }
}
