package io.leadrules.app.ruleset;

import io.leadrules.app.system.Languages;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import io.leadrules.rules.engine.CompileProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The 422 of a version that cannot be used: every problem with its file and sheet and cell, or file and line. The
 * detail and each entry of {@code cells} are said in the language of the request that is answered, from the rules
 * module's message bundle ({@link CompileProblem#message(Locale)}), so a problem found in the sandbox worker arrives
 * as a key and values, never as text to trust.
 */
public final class RuleSetInvalid extends ProblemException {

    private static final int DETAILED = 5;

    private final transient List<CompileProblem> problems;

    /** One entry of {@code cells}: where, and what to change, in one language. */
    record Cell(String file, String sheet, String cell, Integer line, String message) {
    }

    RuleSetInvalid(List<CompileProblem> problems) {
        super(RuleSetProblem.RULESET_INVALID, detail(problems, Languages.ENGLISH));
        this.problems = List.copyOf(problems);
        with("cells", cells(Languages.ENGLISH));
    }

    /** The problems once each, their messages in English and, by {@link CompileProblem#message(Locale)}, others. */
    public List<CompileProblem> problems() {
        return problems;
    }

    @Override
    public String detail(Locale locale) {
        return detail(problems, Languages.supported(locale));
    }

    @Override
    public Map<String, Object> properties(Locale locale) {
        Map<String, Object> said = new LinkedHashMap<>(properties());
        said.put("cells", cells(Languages.supported(locale)));
        return said;
    }

    private List<Cell> cells(Locale locale) {
        return problems.stream().map(p -> new Cell(p.file(), p.sheet(), p.cell(), p.line(), p.message(locale)))
                .toList();
    }

    private static String detail(List<CompileProblem> problems, Locale locale) {
        String listed = problems.stream().limit(DETAILED).map(p -> p.describe(locale))
                .collect(Collectors.joining("; "));
        String key = problems.size() > DETAILED ? "ruleset-invalid.detail.more"
                : problems.size() == 1 ? "ruleset-invalid.detail.one" : "ruleset-invalid.detail";
        return ProblemMessage.of(key, problems.size(), listed).in(locale);
    }
}
