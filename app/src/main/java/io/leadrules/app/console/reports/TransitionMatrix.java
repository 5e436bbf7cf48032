package io.leadrules.app.console.reports;

import io.leadrules.app.simulation.ImpactReport.Transition;
import java.util.List;
import java.util.Map;

/**
 * One dimension's moves as a table: a row per value before, a column per value after, each cell the leads that went
 * from one to the other. The report lists only the moves; a diagonal cell (the leads that kept their value) is the
 * value's count before less the leads that left it. Cells off the diagonal are shaded 1 to 4 by their share of the
 * largest move, so the eye finds the big moves first; the number is always written in the cell too.
 */
record TransitionMatrix(List<String> values, List<Row> rows) {

    /** The values of one row, and the cells along it. */
    record Row(String from, List<Cell> cells) {
    }

    /** @param shade 0 (no lead) to 4 (the largest move); the diagonal is not shaded, it is marked {@code same} */
    record Cell(String to, int leads, int shade, boolean same) {
    }

    static TransitionMatrix of(List<String> values, Map<String, Integer> before, List<Transition> moves) {
        int largest = moves.stream().mapToInt(Transition::leads).max().orElse(0);
        List<Row> rows = values.stream().map(from -> new Row(from, values.stream()
                .map(to -> cell(from, to, before, moves, largest)).toList())).toList();
        return new TransitionMatrix(values, rows);
    }

    private static Cell cell(String from, String to, Map<String, Integer> before, List<Transition> moves,
                             int largest) {
        if (from.equals(to)) {
            int left = moves.stream().filter(move -> move.from().equals(from)).mapToInt(Transition::leads).sum();
            return new Cell(to, before.getOrDefault(from, 0) - left, 0, true);
        }
        int leads = moves.stream().filter(move -> move.from().equals(from) && move.to().equals(to))
                .mapToInt(Transition::leads).sum();
        return new Cell(to, leads, leads == 0 ? 0 : (int) Math.ceil(4.0 * leads / largest), false);
    }
}
