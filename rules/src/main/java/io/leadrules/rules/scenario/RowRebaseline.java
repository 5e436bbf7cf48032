package io.leadrules.rules.scenario;

import io.leadrules.rules.evaluation.DataQualityFinding;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expectation cells of one scenario row rewritten to what the rules gave: a cell whose checks all passed stays as
 * written (a range like 60-70 that still holds is kept); a failing one gets the actual result in the notation the
 * column reads. {@code mustFire} and {@code mustNotFire} are lists of claims, not results: an entry that no longer
 * holds is dropped and reported, the others stay.
 */
final class RowRebaseline {

    private final ScenarioRow row;
    private final LeadEvaluation evaluation;
    private final Map<ScenarioColumn, String> cells = new LinkedHashMap<>();
    private final List<ScenarioRebaseline.DroppedExpectation> dropped = new ArrayList<>();

    private RowRebaseline(ScenarioRow row, LeadEvaluation evaluation) {
        this.row = row;
        this.evaluation = evaluation;
    }

    /** The new text of each expectation cell that changes, and the claims dropped from the row. */
    static RowRebaseline of(ScenarioRow row, ScenarioResult result, LeadEvaluation evaluation) {
        RowRebaseline rebaseline = new RowRebaseline(row, evaluation);
        Map<ScenarioColumn, List<Check>> byColumn = new LinkedHashMap<>();
        result.checks().forEach(check -> byColumn.computeIfAbsent(ScenarioColumn.forHeader(check.column())
                .orElseThrow(), column -> new ArrayList<>()).add(check));
        byColumn.forEach((column, checks) -> {
            if (checks.stream().anyMatch(check -> !check.passed())) {
                rebaseline.cells.put(column, rebaseline.text(column, checks));
            }
        });
        return rebaseline;
    }

    Map<ScenarioColumn, String> cells() {
        return cells;
    }

    List<ScenarioRebaseline.DroppedExpectation> dropped() {
        return dropped;
    }

    private String text(ScenarioColumn column, List<Check> checks) {
        return switch (column) {
            case EXPECT_FINDINGS -> findings();
            case MUST_FIRE, MUST_NOT_FIRE -> claimsThatHold(column, checks);
            case EXPECT_NEXT_ACTIONS -> actions(checks.get(0));
            default -> checks.get(0).actual();
        };
    }

    private String findings() {
        List<String> codes = evaluation.dataQuality().stream().map(DataQualityFinding::code).distinct().toList();
        return codes.isEmpty() ? CellText.NONE : String.join("; ", codes);
    }

    /** The entries in the order written, one check each; those whose check failed are dropped. */
    private String claimsThatHold(ScenarioColumn column, List<Check> checks) {
        List<String> entries = CellText.list(row.text(column));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (checks.get(i).passed()) {
                kept.add(entries.get(i));
            } else {
                dropped.add(new ScenarioRebaseline.DroppedExpectation(row.number(), row.name(), column.header(),
                        entries.get(i), checks.get(i).actual()));
            }
        }
        return String.join("; ", kept);
    }

    /** The column lists action codes (NONE is a code), so no actions at all cannot be written: the cell empties. */
    private String actions(Check check) {
        if (evaluation.nextActions().isEmpty()) {
            dropped.add(new ScenarioRebaseline.DroppedExpectation(row.number(), row.name(),
                    ScenarioColumn.EXPECT_NEXT_ACTIONS.header(), check.expected(), "no next action came out"));
            return "";
        }
        return check.actual();
    }
}
