package io.leadrules.app.scoring.batch;

import io.leadrules.app.scoring.CustomDataCheck;
import io.leadrules.app.scoring.InvalidLead;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
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
        try {
            DatasetReader.forScoring(limits, declared, started).read(in, new DatasetRows() {
                @Override
                public void accepted(DatasetRow row) {
                    items.accept(item(row, started));
                }

                @Override
                public void rejected(DatasetProblem problem) {
                    items.accept(new BatchItem.Refused(problem.line(), null, null, LineProblem.of(
                            BatchProblem.INVALID_ROW, problem.describe(), List.of(member(problem)))));
                }
            });
        } catch (DatasetFileException e) {
            throw new ProblemException(BatchProblem.INVALID_BATCH_FILE, e.getMessage()).with("errors",
                    e.problems().stream().map(p -> new FieldProblem(p.column() == null ? "line " + p.line()
                            : p.column(), p.message())).toList());
        }
    }

    private BatchItem item(DatasetRow row, Instant started) {
        String externalId = row.lead().externalId();
        List<FieldProblem> problems = checks.attributes("", row.lead().attributes().asMap());
        if (!problems.isEmpty()) {
            return new BatchItem.Refused(row.line(), row.id(), externalId, LineProblem.of(InvalidLead.of(problems)));
        }
        Instant asOf = row.asOf() != null ? row.asOf() : started;
        return new BatchItem.Scorable(row.line(), row.id(), new EvaluationInput(row.lead(), row.activities(), asOf));
    }

    private static LineProblem.Member member(DatasetProblem problem) {
        return new LineProblem.Member(problem.column() == null ? "line " + problem.line() : problem.column(),
                problem.message());
    }
}
