package io.leadrules.rules.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rule set does not compile; {@link #problems()} says where and why, in business terms. */
public class RuleSetCompilationException extends RuntimeException {

    private final transient List<CompileProblem> problems;

    public RuleSetCompilationException(List<CompileProblem> problems) {
        super(problems.stream().map(CompileProblem::describe).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<CompileProblem> problems() {
        return problems;
    }
}
