package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.DecisionTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One row of an ActivityWindows table: "5 or more PAGE_VIEW in the last 30 days: 10 points". */
final class WindowRow {

    private final TableReading cells;
    private final DecisionTable table;
    private final DecisionTable.Row row;
    private Band band;

    /**
     * What a written row counts and the band of amounts that earns its points, for the model checks.
     *
     * @param types the activity types it counts, in capitals, in no order
     */
    record Band(DecisionTable table, DecisionTable.Row row, String ruleId, java.util.Set<String> types, String measure,
                int days, Range range) {
    }

    WindowRow(TableReading cells, DecisionTable table, DecisionTable.Row row) {
        this.cells = cells;
        this.table = table;
        this.row = row;
    }

    /** The rule id, conditions and consequence; empty when a cell is wrong (then a problem). */
    Optional<String[]> write() {
        String id = cells.ruleId(table, row);
        String line = cells.required(table, row, "LINE", "line");
        List<String> types = cells.list(table, row, "TYPES");
        String measure = measure();
        Optional<Integer> days = cells.whole(table, row, "WITHIN_DAYS");
        Optional<BigDecimal> atLeast = cells.number(table, row, "AT_LEAST");
        Optional<BigDecimal> lessThan = cells.number(table, row, "LESS_THAN");
        Optional<Integer> points = cells.whole(table, row, "POINTS");
        if (!checked(line, types, days, atLeast, lessThan, points) || id == null || measure == null) {
            return Optional.empty();
        }
        this.band = new Band(table, row, id, new java.util.TreeSet<>(types), measure, days.get(),
                new Range(atLeast.get(), lessThan.orElse(null)));
        String typeList = Literals.string(String.join(", ", types));
        String amount = measure.equals("count") ? "count()" : "sum( $value )";
        String inBand = "$amount >= " + Literals.number(atLeast.get())
                + lessThan.map(l -> " && $amount < " + Literals.number(l)).orElse("");
        return Optional.of(new String[] {id,
                "    accumulate( AgedActivity( Text.isOneOf(type, " + typeList + "), withinDays(" + days.get()
                        + "), $value : value );\n                $amount : " + amount + ";\n                " + inBand
                        + " )\n",
                "    insert(new EngagementPoints(" + Literals.string(line) + ", " + points.get() + ", "
                        + DrlWriter.rule() + ", Describe.window(" + Literals.string(measure) + ", (Number) $amount, "
                        + typeList + ", " + days.get() + ")));\n"});
    }

    /** The row's band once {@link #write} wrote its rule; null when a cell was wrong. */
    Band band() {
        return band;
    }

    private String measure() {
        String measure = cells.required(table, row, "MEASURE", "measure");
        if (measure != null && !EngagementTables.isMeasure(measure)) {
            return cells.problem(table, row, "MEASURE", CompileMessage.of("window.badMeasure", measure));
        }
        return measure == null ? null : measure.trim().toLowerCase(Locale.ROOT);
    }

    private boolean checked(String line, List<String> types, Optional<Integer> days, Optional<BigDecimal> atLeast,
                            Optional<BigDecimal> lessThan, Optional<Integer> points) {
        boolean ok = line != null;
        if (line != null && !FitTables.CATEGORY.matcher(line).matches()) {
            ok = cells.problem(table, row, "LINE", CompileMessage.of("window.badLine", line)) != null;
        }
        for (String type : types) {
            if (!EngagementTables.ACTIVITY_TYPE.matcher(type).matches()) {
                ok = cells.problem(table, row, "TYPES", CompileMessage.of("window.badType", type)) != null;
            }
        }
        if (types.isEmpty()) {
            ok = cells.problem(table, row, "TYPES", CompileMessage.of("empty.windowTypes")) != null;
        }
        ok &= present(days, "WITHIN_DAYS", "windowDays");
        ok &= present(atLeast, "AT_LEAST", "atLeast");
        ok &= present(points, "POINTS", "points");
        if (days.isPresent() && days.get() < 1) {
            ok = cells.problem(table, row, "WITHIN_DAYS", CompileMessage.of("window.badDays")) != null;
        }
        if (atLeast.isPresent() && lessThan.isPresent() && lessThan.get().compareTo(atLeast.get()) <= 0) {
            ok = cells.problem(table, row, "LESS_THAN", CompileMessage.of("window.emptyBand")) != null;
        }
        return ok;
    }

    /** False when the value is missing: a problem for an empty cell (a wrong one already has its problem). */
    private boolean present(Optional<?> value, String role, String what) {
        if (value.isEmpty() && table.value(row, role) == null) {
            cells.problem(table, row, role, CompileMessage.of("empty." + what));
        }
        return value.isPresent();
    }
}
