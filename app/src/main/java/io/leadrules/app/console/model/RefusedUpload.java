package io.leadrules.app.console.model;

import io.leadrules.app.ruleset.RuleVersions;
import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.RuleFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An upload refused because its rule set does not compile: the problem's detail, each error with a link to the cell
 * or line it names, and the uploaded files with those cells and lines marked (of a workbook, the sheets that hold
 * an error), all said in the page's language. Nothing was stored.
 *
 * @param errors each problem once, with the anchor of its cell or line in this page (null when not shown)
 */
record RefusedUpload(String detail, List<Error> errors, List<ShownFile> files) {

    record Error(String where, String message, String anchor) {
    }

    static RefusedUpload of(RuleVersions.Refused refused, Locale locale) {
        List<ShownFile> files = new ArrayList<>();
        for (RuleFile file : refused.files()) {
            List<CompileProblem> named = refused.cells().stream().filter(p -> file.name().equals(p.file())).toList();
            files.add(ShownFile.marked(file, "w" + files.size(), marks(named, locale), lineNotes(named, locale)));
        }
        List<Error> errors = refused.cells().stream().distinct().map(problem -> error(problem, files, locale))
                .toList();
        return new RefusedUpload(refused.problem().detail(locale), errors, files);
    }

    private static GridMarks marks(List<CompileProblem> problems, Locale locale) {
        GridMarks marks = new GridMarks();
        problems.stream().filter(p -> p.sheet() != null && p.cell() != null)
                .forEach(p -> marks.cell(p.sheet(), p.cell(), "error", p.message(locale)));
        return marks;
    }

    private static Map<Integer, String> lineNotes(List<CompileProblem> problems, Locale locale) {
        Map<Integer, String> notes = new HashMap<>();
        problems.stream().filter(p -> p.line() != null)
                .forEach(p -> notes.merge(p.line(), p.message(locale), (a, b) -> a + " " + b));
        return notes;
    }

    private static Error error(CompileProblem problem, List<ShownFile> files, Locale locale) {
        String where = problem.where(locale);
        String anchor = files.stream().filter(file -> file.name().equals(problem.file())).findFirst()
                .map(file -> problem.line() != null ? file.lineAnchor(problem.line())
                        : file.anchor(problem.sheet(), problem.cell()))
                .orElse(null);
        return new Error(where, problem.message(locale), anchor);
    }
}
