package io.leadrules.rules.dataset;

import io.leadrules.rules.model.AttributeDeclaration;
import io.leadrules.rules.scenario.ActivityNotation;
import io.leadrules.rules.scenario.RowProblem;
import io.leadrules.rules.scenario.ScenarioColumn;
import io.leadrules.rules.scenario.ScenarioInput;
import io.leadrules.rules.scenario.ScenarioRow;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Lead;
import io.leadrules.rules.vocabulary.TextTooLongException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Gives one row's cells their meaning: the lead as a scenario file's row builds it (a blank member is absent, a
 * blank consent is consent given), activities resolved against {@code createdAt} (see
 * {@link DatasetPurpose#offsetsFrom}), the outcome, the instant to score at. The first cell that
 * cannot be read rejects the row, named in a {@link RejectedRow}.
 */
final class RowReading {

    /**
     * The span a row's instants must lie in. ISO allows years of up to ten digits, and a cut-off counted from the
     * last of them lies beyond the instants Java can tell, which would stop the whole backtest for one row.
     */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private final DatasetLimits limits;
    private final List<AttributeDeclaration> declared;
    private final DatasetPurpose purpose;
    private final Instant readingStarted;

    RowReading(DatasetLimits limits, List<AttributeDeclaration> declared, DatasetPurpose purpose,
               Instant readingStarted) {
        this.limits = limits;
        this.declared = List.copyOf(declared);
        this.purpose = purpose;
        this.readingStarted = readingStarted;
    }

    DatasetRow read(RowCells cells) {
        Instant createdAt = purpose == DatasetPurpose.BACKTEST ? createdAt(cells)
                : instant(cells, DatasetColumn.CREATED_AT);
        Instant asOf = instant(cells, DatasetColumn.AS_OF);
        Instant cutoff = instant(cells, DatasetColumn.CUTOFF);
        DatasetOutcome outcome = outcome(cells);
        Instant outcomeAt = instant(cells, DatasetColumn.OUTCOME_AT);
        if (outcomeAt != null && !outcome.known()) {
            throw cells.rejected(DatasetColumn.OUTCOME_AT.header(), cells.text(DatasetColumn.OUTCOME_AT),
                    "an outcome instant needs an outcome: write the outcome, or leave both empty");
        }
        String id = cells.text(DatasetColumn.ID);
        id = id.isEmpty() ? String.valueOf(cells.line()) : id;
        ScenarioRow leadRow = cells.leadRow();
        return new DatasetRow(cells.line(), id, lead(cells, leadRow), createdAt, cutoff,
                activities(cells, leadRow, purpose.offsetsFrom(createdAt, asOf, readingStarted)), outcome, outcomeAt,
                asOf);
    }

    private Lead lead(RowCells cells, ScenarioRow leadRow) {
        try {
            return ScenarioInput.lead(leadRow, declared);
        } catch (RowProblem problem) {
            throw cells.rejected(problem.column(), cells.textOf(problem.column()), problem.getMessage());
        } catch (TextTooLongException e) {
            throw cells.rejected(null, null, e.getMessage());
        }
    }

    private List<Activity> activities(RowCells cells, ScenarioRow leadRow, Instant createdAt) {
        String text = leadRow.text(ScenarioColumn.ACTIVITIES);
        try {
            return ActivityNotation.parse(text, createdAt, "d" + cells.line(), limits.maxActivitiesPerRow());
        } catch (RowProblem problem) {
            throw cells.rejected(problem.column(), text, problem.getMessage());
        }
    }

    private static Instant createdAt(RowCells cells) {
        Instant createdAt = instant(cells, DatasetColumn.CREATED_AT);
        if (createdAt == null) {
            throw cells.rejected(DatasetColumn.CREATED_AT.header(), "", "every row needs the instant the lead was "
                    + "created, like 2026-01-15T12:00:00Z");
        }
        return createdAt;
    }

    private static Instant instant(RowCells cells, DatasetColumn column) {
        String text = cells.text(column);
        Instant instant;
        try {
            instant = text.isEmpty() ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw cells.rejected(column.header(), text, "not an instant like 2026-01-15T12:00:00Z (UTC) or "
                    + "2026-01-15T13:00:00+01:00");
        }
        if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
            throw cells.rejected(column.header(), text, "not an instant of the years 1 to 9999: a lead's instants "
                    + "are written like 2026-01-15T12:00:00Z");
        }
        return instant;
    }

    private static DatasetOutcome outcome(RowCells cells) {
        String text = cells.text(DatasetColumn.OUTCOME);
        return DatasetOutcome.of(text).orElseThrow(() -> cells.rejected(DatasetColumn.OUTCOME.header(), text,
                "not an outcome: write CONVERTED, WON, LOST or DISQUALIFIED (or yes/no), or leave it empty when "
                        + "the outcome is not known"));
    }
}
