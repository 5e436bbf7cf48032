package io.leadrules.rules.dataset;

/** A row that cannot be used, with the first problem found in it; the reader counts it and reads on. */
final class RejectedRow extends RuntimeException {

    private final transient DatasetProblem problem;

    RejectedRow(DatasetProblem problem) {
        super(problem.describe(), null, false, false);
        this.problem = problem;
    }

    DatasetProblem problem() {
        return problem;
    }
}
