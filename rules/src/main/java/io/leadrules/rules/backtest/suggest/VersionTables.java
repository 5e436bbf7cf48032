package io.leadrules.rules.backtest.suggest;

import io.leadrules.rules.backtest.suggest.PointRow.Kind;
import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.engine.DecisionTableWorkbook;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleInfo;
import io.leadrules.rules.model.TableKind;
import io.leadrules.rules.model.TableKinds;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The points cells of a version, read from its workbooks as the compiler reads them ({@link DecisionTableWorkbook}):
 * the Fit rows with their category weights, the ActivityPoints rows with points per event, the ActivityWindows rows
 * and any developer table whose action inserts {@code EngagementPoints} with a number (the Signals table), plus the
 * fitWeight and engagementWeight parameters that put fit and engagement points on the score's scale.
 */
final class VersionTables {

    private static final Pattern DRL_RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private final List<PointRow> rows = new ArrayList<>();
    private final List<UnchangedRow> unsuggested = new ArrayList<>();
    private final Map<String, CategoryWeight> weights = new LinkedHashMap<>();
    private final Set<String> ruleIds = new HashSet<>();
    private int fitWeight = 50;
    private int engagementWeight = 50;

    private VersionTables() {
    }

    static VersionTables read(List<RuleFile> files) {
        VersionTables tables = new VersionTables();
        for (RuleFile file : files) {
            if (file.isDecisionTable()) {
                DecisionTableWorkbook.open(file).tables().forEach(tables::readTable);
            } else if (file.isDrl()) {
                tables.readDrl(new String(file.content(), StandardCharsets.UTF_8));
            }
        }
        return tables;
    }

    List<PointRow> rows() {
        return rows;
    }

    /** Rows with a points cell this suggestion does not write (points per unit), and why. */
    List<UnchangedRow> unsuggested() {
        return unsuggested;
    }

    Map<String, CategoryWeight> weights() {
        return weights;
    }

    /** Every Rule ID the version's tables and DRL rules have: an observed id outside it is not this version's. */
    boolean knows(String ruleId) {
        return ruleIds.contains(ruleId);
    }

    int fitWeight() {
        return fitWeight;
    }

    int engagementWeight() {
        return engagementWeight;
    }

    private void readDrl(String drl) {
        Matcher rule = DRL_RULE.matcher(drl);
        while (rule.find()) {
            ruleIds.add(RuleInfo.idOf(rule.group(1)));
        }
    }

    private void readTable(DecisionTable table) {
        table.rows().stream().map(table::ruleId).filter(id -> id != null && !id.isBlank()).map(String::trim)
                .forEach(ruleIds::add);
        String kind = table.kind().map(TableKind::tableName).orElse("");
        if (!table.isModelTable()) {
            readSignals(table);
        } else if (kind.equals(TableKinds.FIT_WEIGHTS)) {
            table.rows().forEach(row -> readWeight(table, row));
        } else if (kind.equals(TableKinds.FIT)) {
            table.rows().forEach(row -> readFit(table, row));
        } else if (kind.equals(TableKinds.ACTIVITY_POINTS)) {
            table.rows().forEach(row -> readPerEvent(table, row));
        } else if (kind.equals(TableKinds.ACTIVITY_WINDOWS)) {
            table.rows().forEach(row -> add(table, row, Kind.FIXED_POINTS, "line " + table.value(row, "LINE"),
                    "POINTS", null));
        } else if (kind.equals(TableKinds.PARAMETERS)) {
            table.rows().forEach(row -> readParameter(table, row));
        }
    }

    private void readWeight(DecisionTable table, DecisionTable.Row row) {
        Integer weight = whole(table.value(row, "WEIGHT"));
        String category = table.value(row, "CATEGORY");
        if (weight != null && category != null && table.ruleId(row) != null) {
            weights.putIfAbsent(category, new CategoryWeight(category, table.ruleId(row).trim(), table.file(),
                    table.sheet(), table.cell(row, "WEIGHT"), weight));
        }
    }

    private void readFit(DecisionTable table, DecisionTable.Row row) {
        String category = table.value(row, "CATEGORY");
        if (table.value(row, "MATCH") != null) {
            add(table, row, Kind.FIT_MATCH, category, "MATCH", null);
        } else {
            add(table, row, Kind.FIT_POINTS, category, "POINTS", null);
        }
    }

    private void readPerEvent(DecisionTable table, DecisionTable.Row row) {
        Integer perUnit = whole(table.value(row, "PER_UNIT"));
        if (perUnit != null && perUnit != 0) {
            unsuggested.add(new UnchangedRow(table.ruleId(row), table.file(), table.sheet(),
                    table.cell(row, "PER_UNIT"), String.valueOf(perUnit), UnchangedRow.POINTS_PER_UNIT));
            return;
        }
        add(table, row, Kind.PER_EVENT, null, "PER_EVENT", whole(table.value(row, "CAP")));
    }

    /** A developer table (the Signals) whose action inserts EngagementPoints with the cell's number. */
    private void readSignals(DecisionTable table) {
        table.columns().stream()
                .filter(c -> "ACTION".equals(c.keyword()) && c.snippet() != null && c.expectsNumber()
                        && c.snippet().contains("new EngagementPoints("))
                .findFirst()
                .ifPresent(column -> table.rows().forEach(row -> {
                    Integer points = whole(row.value(column));
                    String id = table.ruleId(row);
                    if (points != null && id != null) {
                        rows.add(new PointRow(id.trim(), Kind.FIXED_POINTS, null, table.file(), table.sheet(),
                                DecisionTable.cell(column, row), points, null));
                    }
                }));
    }

    private void readParameter(DecisionTable table, DecisionTable.Row row) {
        String name = table.value(row, "PARAMETER");
        Integer value = whole(table.value(row, "VALUE"));
        if ("fitWeight".equals(name) && value != null) {
            fitWeight = value;
        } else if ("engagementWeight".equals(name) && value != null) {
            engagementWeight = value;
        }
    }

    private void add(DecisionTable table, DecisionTable.Row row, Kind kind, String category, String role,
                     Integer cap) {
        Integer current = whole(table.value(row, role));
        String id = table.ruleId(row);
        if (current != null && id != null && !id.isBlank()) {
            rows.add(new PointRow(id.trim(), kind, category, table.file(), table.sheet(), table.cell(row, role),
                    current, cap));
        }
    }

    /** A whole number as the tables write it ("40", "40.0"); null for anything else. */
    static Integer whole(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }
}
