package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.model.AttributeDeclaration;
import io.leadrules.rules.model.AttributeType;
import io.leadrules.rules.vocabulary.Points;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes the rules of the FitWeights and Fit tables. A Fit row that matches inserts a {@link
 * io.leadrules.rules.vocabulary.FitCandidate} whose points were worked out here (its Points, or its Match of its
 * category's weight), so no rule fires only to insert a weight; per category, a rule written from the weight row
 * gives 0 points and a finding when no row of the category matched.
 */
final class FitTables {

    static final Pattern CATEGORY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private final TableReading cells;
    private final Map<String, AttributeDeclaration> attributes;
    private final Map<String, Weight> weights = new LinkedHashMap<>();
    private final Map<String, String> firstField = new LinkedHashMap<>();
    private final List<FitRow> rows = new ArrayList<>();

    record Weight(String category, int weight, String ruleId, DecisionTable table, DecisionTable.Row row) {
    }

    FitTables(TableReading cells, Map<String, AttributeDeclaration> attributes) {
        this.cells = cells;
        this.attributes = attributes;
    }

    Map<String, Weight> weights() {
        return weights;
    }

    /** The Fit rows that became rules, in table order (read by {@link #fitDrl}). */
    List<FitRow> rows() {
        return rows;
    }

    void readWeights(List<DecisionTable> tables) {
        for (DecisionTable table : tables) {
            for (DecisionTable.Row row : table.rows()) {
                String id = cells.ruleId(table, row);
                String category = category(table, row);
                Optional<Integer> weight = cells.whole(table, row, "WEIGHT");
                if (table.value(row, "WEIGHT") == null) {
                    cells.problem(table, row, "WEIGHT", CompileMessage.of("empty.weight"));
                }
                if (id != null && category != null && weight.isPresent()
                        && weights.putIfAbsent(category, new Weight(category, weight.get(), id, table, row)) != null) {
                    cells.problem(table, row, "CATEGORY", CompileMessage.of("fit.duplicateWeight", category,
                            TableReading.where(weights.get(category).table(), weights.get(category).row(), "WEIGHT")));
                }
            }
        }
    }

    String fitDrl(DecisionTable table) {
        DrlWriter drl = new DrlWriter(table.ruleSet());
        for (DecisionTable.Row row : table.rows()) {
            candidate(table, row).ifPresent(c -> drl.rule(table, row, c.ruleId(), cells.text(table, row, "REASON"),
                    0, "    Lead( " + c.constraint() + " )\n", "    insert(new FitCandidate("
                            + Literals.string(c.category()) + ", " + Literals.string(c.field().path()) + ", " + c.points()
                            + ", " + Literals.string(c.detail()) + ", " + DrlWriter.rule() + "));\n"));
        }
        return drl.drl();
    }

    /** The rules of the weights table: per category, what happens when none of its rows matches. */
    String weightsDrl(DecisionTable table) {
        DrlWriter drl = new DrlWriter(table.ruleSet());
        weights.values().stream().filter(w -> w.table() == table).forEach(w -> {
            String field = firstField.getOrDefault(w.category(), "lead");
            String category = Literals.string(w.category());
            drl.rule(table, w.row(), w.ruleId(), cells.text(table, w.row(), "REASON"), -5,
                    "    not FitCandidate( category == " + category + " )\n",
                    "    insert(new FitPoints(" + category + ", 0, " + DrlWriter.rule() + ", \"no row matched\"));\n"
                            + "    insert(new Finding(" + Literals.string("UNKNOWN_" + w.category()) + ", "
                            + Literals.string(field) + ", Severity.INFO, " + Literals.string("No " + w.category()
                            + " row matches the lead's " + field + ": it earns no fit points") + ", "
                            + DrlWriter.rule() + "));\n");
        });
        return drl.drl();
    }

    private String category(DecisionTable table, DecisionTable.Row row) {
        String category = cells.required(table, row, "CATEGORY", "category");
        if (category != null && !CATEGORY.matcher(category).matches()) {
            return cells.problem(table, row, "CATEGORY", CompileMessage.of("fit.badCategory", category));
        }
        return category;
    }

    private record Candidate(String ruleId, String category, Field field, String constraint, int points,
                             String detail) {
    }

    /** A Fit row read and checked; empty (with problems) when a cell is wrong. */
    private Optional<Candidate> candidate(DecisionTable table, DecisionTable.Row row) {
        String id = cells.ruleId(table, row);
        String category = category(table, row);
        Weight weight = category == null ? null : weights.get(category);
        if (category != null && weight == null) {
            cells.problem(table, row, "CATEGORY", CompileMessage.of("fit.categoryWithoutWeight", category));
        }
        Optional<Field> field = field(table, row);
        FitConstraint test = new FitConstraint(cells, table, row);
        Optional<String> constraint = field.flatMap(test::write);
        Optional<Earned> points = points(table, row, weight);
        if (id == null || weight == null || field.isEmpty() || constraint.isEmpty() || points.isEmpty()) {
            return Optional.empty();
        }
        firstField.putIfAbsent(category, field.get().path());
        rows.add(new FitRow(table, row, id, category, field.get(), FitTest.fromWords(table.value(row, "TEST"))
                .orElseThrow(), table.value(row, "VALUES"), test.range(), points.get().points()));
        return Optional.of(new Candidate(id, category, field.get(), constraint.get(), points.get().points(),
                points.get().detail()));
    }

    private Optional<Field> field(DecisionTable table, DecisionTable.Row row) {
        String name = cells.required(table, row, "FIELD", "fitField");
        if (name == null) {
            return Optional.empty();
        }
        Optional<Field> field = Field.find(name, attributes);
        if (field.isEmpty()) {
            cells.problem(table, row, "FIELD", Field.unknown(name));
        }
        return field;
    }

    /** What a row earns and how the explanation says it: "match 80% of weight 30" or "-15 points". */
    private record Earned(int points, String detail) {
    }

    private Optional<Earned> points(DecisionTable table, DecisionTable.Row row, Weight weight) {
        boolean hasMatch = table.value(row, "MATCH") != null;
        boolean hasPoints = table.value(row, "POINTS") != null;
        if (hasMatch == hasPoints) {
            return Optional.ofNullable(cells.problem(table, row, hasMatch ? "POINTS" : "MATCH",
                    CompileMessage.of(hasMatch ? "fit.matchAndPoints" : "empty.matchOrPoints")));
        }
        if (hasPoints) {
            return cells.whole(table, row, "POINTS").map(p -> new Earned(p, p + " points"));
        }
        Optional<Integer> match = cells.whole(table, row, "MATCH");
        if (match.isPresent() && (match.get() < 0 || match.get() > 100)) {
            return Optional.ofNullable(cells.problem(table, row, "MATCH",
                    CompileMessage.of("fit.matchOutOfRange", match.get())));
        }
        return match.flatMap(m -> weight == null ? Optional.empty() : Optional.of(new Earned(
                Points.share(weight.weight(), m), "match " + m + "% of weight " + weight.weight())));
    }

}
