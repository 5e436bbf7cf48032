package io.leadrules.rules.dataset;

import java.util.ArrayList;
import java.util.List;

/** Counts the rows read, accepted and rejected, keeping the problems of the first rejected ones. */
final class RowTally {

    private final int kept;
    private final List<DatasetProblem> problems = new ArrayList<>();
    private int accepted;
    private int rejected;

    RowTally(int kept) {
        this.kept = kept;
    }

    int read() {
        return accepted + rejected;
    }

    void accepted() {
        accepted++;
    }

    void rejected(DatasetProblem problem) {
        rejected++;
        if (problems.size() < kept) {
            problems.add(problem);
        }
    }

    DatasetSummary summary() {
        return new DatasetSummary(read(), accepted, rejected, problems);
    }
}
