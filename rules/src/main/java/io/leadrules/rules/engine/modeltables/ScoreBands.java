package io.leadrules.rules.engine.modeltables;

import io.leadrules.rules.engine.CompileMessage;
import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.model.ColumnTemplate;
import io.leadrules.rules.model.TableKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The band tables of the decision-table kinds: Grades (fit score 0-100), Temperature (score 0-100) and Decay (age from
 * 0 days up, the last band open). Every value must fall in exactly one band, since a score without a grade or with two
 * leaves the lead unqualified or qualified twice; and the better grade or temperature must have the higher band. Each
 * kind's columns are found by the snippets its template gives them ("at least" is {@code >= $param}), so a table is
 * read the way Drools reads it.
 */
final class ScoreBands {

    /** A band table; its messages (what a value is, which label is better) are the compile bundle's band.*.name. */
    private record Kind(String ruleSet, String name, BigDecimal top, Function<String, Integer> rank) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("leadrules.fit", "Grades", BigDecimal.valueOf(100), ScoreBands::letterRank),
            new Kind("leadrules.qualification", "Temperature", BigDecimal.valueOf(100), ScoreBands::temperatureRank),
            new Kind("leadrules.engagement", "Decay", null, label -> null));

    private ScoreBands() {
    }

    static void check(List<DecisionTable> tables, List<CompileProblem> problems) {
        for (DecisionTable table : tables) {
            KINDS.stream().filter(k -> k.ruleSet().equals(table.ruleSet()) && k.name().equals(table.name().trim()))
                    .findFirst().ifPresent(kind -> read(table, kind).ifPresent(bands -> check(kind, bands, problems)));
        }
    }

    /** The table's bands; empty when a bound is not a number (its cell has a problem already) or a column is missing. */
    private static Optional<List<ScoreBand>> read(DecisionTable table, Kind kind) {
        TableKind tableKind = table.kind().orElse(null);
        Optional<DecisionTable.Column> atLeast = column(table, tableKind, ">= $param");
        Optional<DecisionTable.Column> atMost = column(table, tableKind, "<= $param");
        Optional<DecisionTable.Column> label = table.columns().stream().filter(c -> "ACTION".equals(c.keyword()))
                .findFirst();
        if (atLeast.isEmpty() || atMost.isEmpty() || label.isEmpty()) {
            return Optional.empty();
        }
        List<ScoreBand> bands = new ArrayList<>();
        for (DecisionTable.Row row : table.rows()) {
            Optional<BigDecimal> from = bound(row.value(atLeast.get()));
            Optional<BigDecimal> to = bound(row.value(atMost.get()));
            if (from == null || to == null) {
                return Optional.empty();
            }
            String text = row.value(label.get());
            bands.add(new ScoreBand(table, row, DecisionTable.cell(atLeast.get(), row),
                    DecisionTable.cell(atMost.get(), row), Range.wholeNumbers(from.orElse(null), to.orElse(null)),
                    text == null ? "" : text.trim()));
        }
        return Optional.of(bands);
    }

    private static Optional<DecisionTable.Column> column(DecisionTable table, TableKind kind, String ending) {
        Optional<String> snippet = kind == null ? Optional.empty() : kind.columns().stream()
                .map(ColumnTemplate::snippet).filter(s -> s != null && s.endsWith(ending)).findFirst();
        return snippet.flatMap(s -> table.columns().stream().filter(c -> c.snippet() != null
                && c.snippet().trim().equals(s)).findFirst());
    }

    /** Empty for an empty cell (an open end); null when it is not a number. */
    private static Optional<BigDecimal> bound(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void check(Kind kind, List<ScoreBand> bands, List<CompileProblem> problems) {
        List<ScoreBand> empty = bands.stream().filter(b -> b.range().isEmpty()).toList();
        empty.forEach(b -> problems.add(b.problem(b.atLeastCell(), CompileMessage.of("band.empty"))));
        if (empty.isEmpty() && !bands.isEmpty()) {
            new BandCoverage(kind.name(), kind.top()).check(sorted(bands), problems);
            order(kind, bands, problems);
        }
    }

    private static List<ScoreBand> sorted(List<ScoreBand> bands) {
        return bands.stream().sorted(Comparator.comparing(b -> b.range().from(),
                Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    /**
     * A better grade or temperature below a worse one: an error at the better band's "at least" cell, naming the next
     * worse one it is below (HOT below WARM rather than below COLD).
     */
    private static void order(Kind kind, List<ScoreBand> bands, List<CompileProblem> problems) {
        for (ScoreBand better : bands) {
            Integer rank = kind.rank().apply(better.label());
            bands.stream().filter(worse -> rank != null && kind.rank().apply(worse.label()) != null
                            && kind.rank().apply(worse.label()) > rank && below(better, worse))
                    .min(Comparator.comparing(worse -> kind.rank().apply(worse.label())))
                    .ifPresent(worse -> problems.add(better.problem(better.atLeastCell(),
                            CompileMessage.of("band.order." + kind.name(), better.label(), worse.label(),
                                    better.describe(), worse.describe()))));
        }
    }

    private static boolean below(ScoreBand better, ScoreBand worse) {
        BigDecimal a = better.range().from();
        BigDecimal b = worse.range().from();
        return b != null && (a == null || a.compareTo(b) < 0);
    }

    private static Integer letterRank(String label) {
        return label.matches("[A-Za-z]") ? Character.toUpperCase(label.charAt(0)) - 'A' : null;
    }

    private static Integer temperatureRank(String label) {
        int rank = List.of("HOT", "WARM", "COLD").indexOf(label.toUpperCase(java.util.Locale.ROOT));
        return rank < 0 ? null : rank;
    }

}
