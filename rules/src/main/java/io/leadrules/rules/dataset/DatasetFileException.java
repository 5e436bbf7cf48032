package io.leadrules.rules.dataset;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A dataset that cannot be read at all: an empty file, a header line that is not CSV text, an unknown, repeated
 * or missing column, or more rows than allowed. Each problem names the line and column; rows already handed on
 * before the row limit was passed stay handed on.
 */
public class DatasetFileException extends RuntimeException {

    private final transient List<DatasetProblem> problems;

    DatasetFileException(List<DatasetProblem> problems) {
        super(problems.stream().map(DatasetProblem::describe).collect(Collectors.joining("; ")), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<DatasetProblem> problems() {
        return problems;
    }
}
