package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.engine.ValidationWarning;
import io.leadrules.rules.model.TableKinds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks of a model as a whole, once its tables are read: what each cell says is fine, but together they do not
 * make sense (weights that do not add up to 100, bands that overlap, a row that can never count, an attribute nothing
 * reads). Errors go to the problems, named at a cell; warnings are returned, each at its cell, and reach the
 * version's validation report.
 */
final class ModelChecks {

    private final TableReading cells;
    private final List<DecisionTable> tables;
    private final FitTables fit;

    ModelChecks(TableReading cells, List<DecisionTable> tables, FitTables fit) {
        this.cells = cells;
        this.tables = tables;
        this.fit = fit;
    }

    /**
     * @param decisionTables the tables of the decision-table kinds, whose bands are checked too
     * @param drlFiles       the DRL files as written (before parameters are inlined), which may read attributes
     */
    List<ValidationWarning> run(EngagementTables engagement, Map<String, ?> attributes,
                                List<DecisionTable> decisionTables, List<String> drlFiles) {
        weightsAddUpTo100();
        FitRowChecks rows = new FitRowChecks(cells, fit.rows());
        rows.overlaps();
        windowOverlaps(engagement.windows());
        ScoreBands.check(decisionTables, cells.problems());
        List<ValidationWarning> warnings = new ArrayList<>(rows.shadowed());
        warnings.addAll(categoriesWithoutRows());
        warnings.addAll(unusedAttributes(attributes.keySet(), drlFiles));
        return warnings;
    }

    /** The weights of the categories; checked only when every weight row was read (else its cell has a problem). */
    private void weightsAddUpTo100() {
        List<DecisionTable> weightTables = of(TableKinds.FIT_WEIGHTS);
        long rows = weightTables.stream().mapToLong(t -> t.rows().size()).sum();
        Collection<FitTables.Weight> weights = fit.weights().values();
        weights.stream().filter(w -> w.weight() < 0 || w.weight() > 100).forEach(w -> cells.problem(w.table(), w.row(),
                "WEIGHT", CompileMessage.of("fit.weightOutOfRange", w.weight())));
        int sum = weights.stream().mapToInt(FitTables.Weight::weight).sum();
        if (weights.isEmpty() || rows != weights.size() || sum == 100) {
            return;
        }
        FitTables.Weight first = weights.iterator().next();
        cells.problem(first.table(), first.row(), "WEIGHT", CompileMessage.of("fit.weightsSum", sum,
                weights.stream().map(w -> w.category() + " " + w.weight() + " (" + where(w) + ")")
                        .collect(Collectors.joining(", "))));
    }

    private String where(FitTables.Weight w) {
        String cell = w.table().cell(w.row(), "WEIGHT");
        FitTables.Weight first = fit.weights().values().iterator().next();
        return first.table() == w.table() ? cell : w.table().file() + ", sheet " + w.table().sheet() + ", cell " + cell;
    }

    /** Two ActivityWindows rows on the same types, measure and window whose bands overlap: both would give points. */
    private void windowOverlaps(List<WindowRow.Band> windows) {
        for (int j = 0; j < windows.size(); j++) {
            WindowRow.Band later = windows.get(j);
            windows.subList(0, j).stream().filter(earlier -> earlier.types().equals(later.types())
                            && earlier.measure().equals(later.measure()) && earlier.days() == later.days()
                            && earlier.range().overlaps(later.range())).findFirst()
                    .ifPresent(earlier -> cells.problem(later.table(), later.row(), "AT_LEAST",
                            CompileMessage.of("window.overlap",
                            later.range().describe(), earlier.range().describe(), earlier.row().number(),
                            earlier.ruleId(), later.days())));
        }
    }

    private List<ValidationWarning> categoriesWithoutRows() {
        List<String> named = of(TableKinds.FIT).stream()
                .flatMap(t -> t.rows().stream().map(r -> t.value(r, "CATEGORY"))).toList();
        return fit.weights().values().stream().filter(w -> !named.contains(w.category()))
                .map(w -> warning(w.table(), w.row(), "CATEGORY", w.ruleId(), "the category " + w.category()
                        + " has a weight but no row in the Fit table, so every lead gets 0 of its " + w.weight()
                        + " points: add its rows to the Fit table, or delete this row and share its weight out"))
                .toList();
    }

    private List<ValidationWarning> unusedAttributes(Collection<String> declared, List<String> drlFiles) {
        List<String> used = new ArrayList<>();
        of(TableKinds.FIT).forEach(t -> t.rows().forEach(r -> used.add(t.value(r, "FIELD"))));
        of(TableKinds.MAPPINGS).forEach(t -> t.rows().forEach(r -> used.add(t.value(r, "FIELD"))));
        List<ValidationWarning> warnings = new ArrayList<>();
        for (DecisionTable table : of(TableKinds.ATTRIBUTES)) {
            for (DecisionTable.Row row : table.rows()) {
                String name = table.value(row, "ATTRIBUTE");
                if (name != null && declared.contains(name) && !used.contains(name) && !inDrl(name, drlFiles)) {
                    warnings.add(warning(table, row, "ATTRIBUTE", null, "the attribute " + name + " is declared but "
                            + "no Fit row, mapping or rule reads it, so it changes no score: add a Fit row for it, or "
                            + "delete this row if leads no longer need to send it"));
                }
            }
        }
        return warnings;
    }

    private static boolean inDrl(String name, List<String> drlFiles) {
        Pattern word = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
        return drlFiles.stream().anyMatch(text -> word.matcher(text).find());
    }

    private List<DecisionTable> of(String kind) {
        return tables.stream().filter(t -> kind.equals(t.name().trim())).toList();
    }

    static ValidationWarning warning(DecisionTable table, DecisionTable.Row row, String role, String ruleId,
                                     String message) {
        return new ValidationWarning(table.file(), table.sheet(), table.cell(row, role), null, ruleId, message);
    }
}
