package io.leadrules.app.backtest;

import io.leadrules.rules.dataset.DatasetProblem;
import io.leadrules.rules.dataset.DatasetReader;
import io.leadrules.rules.dataset.DatasetRow;
import io.leadrules.rules.dataset.DatasetSummary;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.vocabulary.Activity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of an uploaded dataset, read from its file a row at a time. Each lead is scored as of its row's cut-off
 * (the {@code cutoff} cell, else the request's cut-off from its {@code createdAt}) with the activities that happened
 * by then; its profile is the row's. A row with an empty outcome, or a cut-off before its creation, is left out and
 * counted; rows with a bad cell are counted with the first problems, as the reader reports them.
 */
final class DatasetCases implements CaseSource {

    private final Path file;
    private final DatasetReader reader;
    private final Cutoff cutoff;
    private final int rows;

    /** @param rows the rows the file holds, accepted or not (counted when it was checked) */
    DatasetCases(Path file, DatasetReader reader, Cutoff cutoff, int rows) {
        this.file = file;
        this.reader = reader;
        this.cutoff = cutoff;
        this.rows = rows;
    }

    @Override
    public int total() {
        return rows;
    }

    @Override
    public void read(int pageSize, Exclusions excluded, Consumer<List<BacktestCase>> pages) {
        List<BacktestCase> page = new ArrayList<>(pageSize);
        DatasetSummary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = reader.read(in, row -> {
                caseOf(row, excluded, page);
                if (page.size() == pageSize) {
                    pages.accept(List.copyOf(page));
                    page.clear();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded dataset could not be read again", e);
        }
        pages.accept(List.copyOf(page));
        excluded.rejectedRows(summary.rowsRejected(),
                summary.firstProblems().stream().map(DatasetProblem::describe).toList());
    }

    private void caseOf(DatasetRow row, Exclusions excluded, List<BacktestCase> page) {
        if (!row.outcome().known()) {
            excluded.noOutcome();
            return;
        }
        Instant at = row.cutoff() != null ? row.cutoff() : cutoff.forLeadCreatedAt(row.createdAt());
        if (at.isBefore(row.createdAt())) {
            excluded.notCreatedByCutoff();
            return;
        }
        List<Activity> known = row.activities().stream().filter(activity -> !activity.occurredAt().isAfter(at))
                .toList();
        boolean converted = row.outcome().converted();
        boolean before = converted && row.outcomeAt() != null && !row.outcomeAt().isAfter(at);
        page.add(new BacktestCase(new EvaluationInput(row.lead(), known, at), converted, before));
    }
}
