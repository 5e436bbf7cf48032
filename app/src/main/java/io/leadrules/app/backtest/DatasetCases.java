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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The rows of an uploaded dataset, read from the database a row at a time. Each lead is scored as of its row's cut-off
 * (the {@code cutoff} cell, else the request's cut-off from its {@code createdAt}) with the activities that happened
 * by then; its profile is the row's. A row with an empty outcome, or a cut-off before its creation, is left out and
 * counted; rows with a bad cell are counted with the first problems, as the reader reports them.
 */
final class DatasetCases implements CaseSource {

    private final Supplier<InputStream> dataset;
    private final DatasetReader reader;
    private final Cutoff cutoff;

    /** @param dataset opens the dataset, as kept in the database ({@link DatasetChunks}), each time it is called */
    DatasetCases(Supplier<InputStream> dataset, DatasetReader reader, Cutoff cutoff) {
        this.dataset = dataset;
        this.reader = reader;
        this.cutoff = cutoff;
    }

    /** The rows the dataset holds, accepted or not: one pass over it, reading a row at a time. */
    @Override
    public int total() {
        try (InputStream in = dataset.get()) {
            return reader.read(in, row -> { }).rowsRead();
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded dataset could not be read again", e);
        }
    }

    @Override
    public void read(int pageSize, Exclusions excluded, Consumer<List<BacktestCase>> pages) {
        List<BacktestCase> page = new ArrayList<>(pageSize);
        DatasetSummary summary;
        try (InputStream in = dataset.get()) {
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
