package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.DecisionTable;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the rules of the ActivityPoints and ActivityWindows tables. A Points row is one rule per activity type that
 * sums its events (decayed by age) and their values, with the points per event, per unit and the cap inlined; a
 * Windows row counts or sums the events of some types in the last N days and gives points when the amount falls in
 * its band.
 */
final class EngagementTables {

    static final Pattern ACTIVITY_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Set<String> MEASURES = Set.of("count", "sum");

    private final TableReading cells;
    private final Set<String> known = new LinkedHashSet<>();
    private final Set<String> positive = new LinkedHashSet<>();
    private final List<WindowRow.Band> windows = new java.util.ArrayList<>();

    EngagementTables(TableReading cells) {
        this.cells = cells;
    }

    Set<String> knownTypes() {
        return known;
    }

    Set<String> positiveTypes() {
        return positive;
    }

    /** The ActivityWindows rows that became rules, in table order (read by {@link #windowsDrl}). */
    List<WindowRow.Band> windows() {
        return windows;
    }

    /** Reads the types first: DRL files use the derived lists before any rule is written. */
    void readTypes(List<DecisionTable> tables) {
        for (DecisionTable table : tables) {
            for (DecisionTable.Row row : table.rows()) {
                String type = table.value(row, "TYPE");
                if (type != null && ACTIVITY_TYPE.matcher(type).matches() && !known.add(type)) {
                    cells.problem(table, row, "TYPE", CompileMessage.of("points.duplicateType", type));
                }
                if (type != null && (positive(table, row, "PER_EVENT") || positive(table, row, "PER_UNIT"))) {
                    positive.add(type);
                }
            }
        }
    }

    /** Read without reporting: the row's rule reports a wrong cell once, when it is written. */
    private boolean positive(DecisionTable table, DecisionTable.Row row, String role) {
        return cells.peekNumber(table, row, role).map(n -> n.signum() > 0).orElse(false);
    }

    String pointsDrl(DecisionTable table) {
        DrlWriter drl = new DrlWriter(table.ruleSet());
        for (DecisionTable.Row row : table.rows()) {
            pointsRule(table, row).ifPresent(r -> drl.rule(table, row, r[0], cells.text(table, row, "REASON"), -10,
                    r[1], r[2]));
        }
        return drl.drl();
    }

    private Optional<String[]> pointsRule(DecisionTable table, DecisionTable.Row row) {
        String id = cells.ruleId(table, row);
        String type = type(table, row);
        int perEvent = cells.whole(table, row, "PER_EVENT").orElse(0);
        int perUnit = cells.whole(table, row, "PER_UNIT").orElse(0);
        Optional<BigDecimal> unit = unit(table, row, perUnit);
        Optional<Integer> cap = cells.whole(table, row, "CAP");
        if ((long) perEvent * perUnit < 0) {
            cells.problem(table, row, "PER_UNIT", CompileMessage.of("points.mixedSigns"));
            return Optional.empty();
        }
        if (cap.isPresent() && cap.get() < 0) {
            cells.problem(table, row, "CAP", CompileMessage.of("points.badCap"));
            return Optional.empty();
        }
        if (id == null || type == null || unit.isEmpty() || (perEvent == 0 && perUnit == 0)) {
            return Optional.empty();
        }
        String t = Literals.string(type);
        String u = Literals.string(Literals.number(unit.get()));
        boolean penalty = perEvent < 0 || perUnit < 0;
        return Optional.of(new String[] {id, penalty ? penaltyWhen(t) : earnedWhen(t), penalty
                ? "    insert(EngagementPoints.penalty(" + t + ", " + perEvent + ", " + perUnit + ", " + u
                + ", (Number) $events, (Number) $valueSum, (Number) $newest, (Number) $oldest, " + DrlWriter.rule()
                + "));\n"
                : "    insert(EngagementPoints.earned(" + t + ", " + perEvent + ", " + perUnit + ", " + u + ", "
                + cap.orElse(-1) + ", (Number) $percentSum, (Number) $valueSum, (Number) $events, (Number) $newest, "
                + "(Number) $oldest, " + DrlWriter.rule() + "));\n"});
    }

    private static String earnedWhen(String type) {
        return "    ActivityType( name == " + type + " )\n"
                + "    accumulate( DecayedActivity( type == " + type + ", $percent : percent, $weighted : weightedValue, "
                + "$age : ageDays );\n"
                + "                $percentSum : sum( $percent ), $valueSum : sum( $weighted ), $events : count(),\n"
                + "                $newest : min( $age ), $oldest : max( $age );\n"
                + "                $events > 0 )\n";
    }

    private static String penaltyWhen(String type) {
        return "    ActivityType( name == " + type + " )\n"
                + "    accumulate( AgedActivity( type == " + type + ", afterAsOf == false, $age : ageDays, "
                + "$value : value );\n"
                + "                $events : count(), $valueSum : sum( $value ), $newest : min( $age ), "
                + "$oldest : max( $age );\n"
                + "                $events > 0 )\n";
    }

    private String type(DecisionTable table, DecisionTable.Row row) {
        String type = cells.required(table, row, "TYPE", "activityType");
        if (type != null && !ACTIVITY_TYPE.matcher(type).matches()) {
            return cells.problem(table, row, "TYPE", CompileMessage.of("points.badType", type));
        }
        return type;
    }

    private Optional<BigDecimal> unit(DecisionTable table, DecisionTable.Row row, int perUnit) {
        Optional<BigDecimal> unit = cells.number(table, row, "UNIT");
        if (perUnit != 0 && unit.isEmpty() && table.value(row, "UNIT") == null) {
            cells.problem(table, row, "UNIT", CompileMessage.of("empty.unit"));
            return Optional.empty();
        }
        if (unit.isPresent() && unit.get().signum() <= 0) {
            cells.problem(table, row, "UNIT", CompileMessage.of("points.badUnit"));
            return Optional.empty();
        }
        return Optional.of(unit.orElse(BigDecimal.ONE));
    }

    String windowsDrl(DecisionTable table) {
        DrlWriter drl = new DrlWriter(table.ruleSet());
        for (DecisionTable.Row row : table.rows()) {
            WindowRow window = new WindowRow(cells, table, row);
            window.write().ifPresent(r -> drl.rule(table, row, r[0], cells.text(table, row, "REASON"), -10, r[1], r[2]));
            if (window.band() != null) {
                windows.add(window.band());
            }
        }
        return drl.drl();
    }

    static boolean isMeasure(String word) {
        return word != null && MEASURES.contains(word.trim().toLowerCase(java.util.Locale.ROOT));
    }
}
