package io.leadrules.rules.dataset;

import java.util.List;

/**
 * What reading a dataset found: the non-blank rows below the header, how many were handed on and how many were
 * rejected, and the problems of the first {@value DatasetReader#KEPT_PROBLEMS} rejected rows (one each, in order).
 */
public record DatasetSummary(int rowsRead, int rowsAccepted, int rowsRejected, List<DatasetProblem> firstProblems) {

    public DatasetSummary {
        firstProblems = List.copyOf(firstProblems);
    }
}
