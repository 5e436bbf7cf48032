package io.leadrules.rules.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a dataset written in a test, keeping its rows and its summary. */
record DatasetFiles(List<DatasetRow> rows, DatasetSummary summary) {

    static DatasetFiles read(String csv) {
        return read(csv.getBytes(StandardCharsets.UTF_8), new DatasetReader());
    }

    static DatasetFiles read(byte[] bytes, DatasetReader reader) {
        List<DatasetRow> rows = new ArrayList<>();
        try {
            DatasetSummary summary = reader.read(new ByteArrayInputStream(bytes), rows::add);
            return new DatasetFiles(rows, summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DatasetProblem onlyProblem() {
        org.assertj.core.api.Assertions.assertThat(summary.firstProblems()).hasSize(1);
        return summary.firstProblems().get(0);
    }
}
