package io.leadrules.app.scoring.batch;

import io.leadrules.app.scoring.CustomDataCheck;
import io.leadrules.app.scoring.InvalidLead;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.dataset.ActivityGroup;
import io.leadrules.rules.dataset.DatasetFileException;
import io.leadrules.rules.dataset.DatasetLimits;
import io.leadrules.rules.dataset.DatasetProblem;
import io.leadrules.rules.dataset.DatasetReader;
import io.leadrules.rules.dataset.DatasetRow;
import io.leadrules.rules.dataset.DatasetRows;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.model.AttributeDeclaration;
import io.leadrules.rules.scenario.ActivityNotation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * A CSV batch -> leads to score, read by the backtest's dataset reader ({@link DatasetReader#forScoring}), so both
 * files share their columns and notation. A rejected row becomes its problem; line 1 that cannot be used refuses
 * the request before anything is answered.
 */
final class CsvBatch {

    private final CustomDataCheck checks;
    private final DatasetLimits limits;

    CsvBatch(CustomDataCheck checks, int maxActivities) {
        this.checks = checks;
        this.limits = new DatasetLimits(DatasetLimits.DEFAULTS.maxCellLength(),
                DatasetLimits.DEFAULTS.maxActivitiesCellLength(), Math.min(maxActivities, ActivityNotation.MAX_EVENTS),
                Integer.MAX_VALUE);
    }

    void read(InputStream in, List<AttributeDeclaration> declared, Instant started, Consumer<BatchItem> items)
            throws IOException {
        read(in, null, declared, started, items);
    }

    /**
     * Reads the leads, and with each the rows of the activities file ({@code activities}; null: none) that name it.
     * Activity rows left when the leads end get one {@code unjoined-activities} error line (line 0) at the end.
     */
    void read(InputStream in, InputStream activities, List<AttributeDeclaration> declared, Instant started,
              Consumer<BatchItem> items) throws IOException {
        ActivitiesJoin join = activities == null ? ActivitiesJoin.none() : opened(activities);
        try {
            DatasetReader.forScoring(limits, declared, started).read(in, rows(join, started, items));
        } catch (DatasetFileException e) {
            throw refused("", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        join.leftOver().ifPresent(left -> items.accept(new BatchItem.Refused(0, null, null, LineProblem.of(
                BatchProblem.UNJOINED_ACTIVITIES, "The activities file: " + left.describe(),
                List.of(activitiesMember(left))))));
    }

    private ActivitiesJoin opened(InputStream activities) throws IOException {
        try {
            return ActivitiesJoin.open(activities, limits);
        } catch (DatasetFileException e) {
            throw refused("activities.", e);
        }
    }

    private DatasetRows rows(ActivitiesJoin join, Instant started, Consumer<BatchItem> items) {
        return new DatasetRows() {
            @Override
            public void accepted(DatasetRow row) {
                items.accept(item(row, join.of(row), started));
            }

            @Override
            public void rejected(DatasetProblem problem) {
                items.accept(new BatchItem.Refused(problem.line(), null, null, LineProblem.of(
                        BatchProblem.INVALID_ROW, problem.describe(), List.of(member(problem)))));
            }

            @Override
            public void rejected(DatasetProblem problem, String id) {
                join.pass(id);
                rejected(problem);
            }
        };
    }

    private static ProblemException refused(String prefix, DatasetFileException e) {
        return new ProblemException(BatchProblem.INVALID_BATCH_FILE, (prefix.isEmpty() ? "" : "The activities file: ")
                + e.getMessage()).with("errors", e.problems().stream().map(p -> new FieldProblem(prefix
                + (p.column() == null ? "line " + p.line() : p.column()), p.message())).toList());
    }

    private BatchItem item(DatasetRow row, ActivityGroup activities, Instant started) {
        String externalId = row.lead().externalId();
        if (activities.problem() != null) {
            DatasetProblem problem = activities.problem();
            return new BatchItem.Refused(row.line(), row.id(), externalId, LineProblem.of(problem.line() == 0
                    ? BatchProblem.INVALID_ROW : BatchProblem.INVALID_ACTIVITY_ROW, problem.line() == 0
                    ? problem.message() : "The activities file: " + problem.describe(),
                    List.of(problem.line() == 0 ? member(problem) : activitiesMember(problem))));
        }
        List<FieldProblem> problems = checks.attributes("", row.lead().attributes().asMap());
        if (!problems.isEmpty()) {
            return new BatchItem.Refused(row.line(), row.id(), externalId, LineProblem.of(InvalidLead.of(problems)));
        }
        Instant asOf = row.asOf() != null ? row.asOf() : started;
        return new BatchItem.Scorable(row.line(), row.id(),
                new EvaluationInput(row.lead(), activities.activities(), asOf));
    }

    /** "activities line 7, column type": where in the second file to look. */
    private static LineProblem.Member activitiesMember(DatasetProblem problem) {
        return new LineProblem.Member("activities line " + problem.line() + (problem.column() == null ? ""
                : ", column " + problem.column()), problem.message());
    }

    private static LineProblem.Member member(DatasetProblem problem) {
        return new LineProblem.Member(problem.column() == null ? "line " + problem.line() : problem.column(),
                problem.message());
    }
}
