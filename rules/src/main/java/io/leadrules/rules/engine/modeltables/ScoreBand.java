package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.DecisionTable;
import java.math.BigDecimal;

/**
 * One row of a Grades, Temperature or Decay table: its band of whole numbers (made half-open), the cells of its two
 * bounds, and its grade or temperature.
 */
record ScoreBand(DecisionTable table, DecisionTable.Row row, String atLeastCell, String atMostCell, Range range,
                 String label) {

    /** "row 15 (FIT-GRADE-B), 60 to 79", "row 17 (ENG-DECAY-STALE), 181 and over". */
    String describe() {
        String id = table.ruleId(row) == null ? "" : " (" + table.ruleId(row) + ")";
        String band = range.from() == null ? "up to " + number(last())
                : range.to() == null ? number(range.from()) + " and over"
                : number(range.from()) + " to " + number(last());
        return "row " + row.number() + id + ", " + band;
    }

    /** The last whole number in the band; null when it has no end. */
    BigDecimal last() {
        return range.to() == null ? null : range.to().subtract(BigDecimal.ONE);
    }

    CompileProblem problem(String cell, CompileMessage message) {
        return CompileProblem.inCell(table.file(), table.sheet(), cell, message);
    }

    static String number(BigDecimal value) {
        return Literals.number(value);
    }
}
