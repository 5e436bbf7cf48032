package io.leadrules.app.console.model;

import io.leadrules.app.console.Viewer;
import io.leadrules.app.ruleset.RuleVersions;
import io.leadrules.app.security.PageRoles;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import io.leadrules.rules.engine.RuleFile;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where an explanation line leads: one file of a version with the row of a cell ({@code ?sheet=Fit&cell=G15}) or the
 * DRL rule around a line ({@code ?line=42}) highlighted; the highlighted row or line has the anchor
 * {@value #ANCHOR}, so links end in {@code #highlight} and the page also scrolls there by itself (console.js).
 * Readable by whoever reads decisions: sales follows a point to its spreadsheet row. A scenario file is no explanation's
 * source and holds example leads (often real people's names and emails): only those who read rule versions in the API
 * ({@link PageRoles#READ_RULES}) open it, the others get the refusal page before anything is read.
 */
@Controller
class SourcePages {

    /** The anchor id of the highlighted row or line. */
    static final String ANCHOR = "highlight";

    /** The roles that read every file of a version, as {@code Viewer#any} takes them. */
    private static final String RULE_READERS = PageRoles.READ_RULES.stream().map(Enum::name)
            .collect(Collectors.joining(","));

    private final RuleVersions versions;

    SourcePages(RuleVersions versions) {
        this.versions = versions;
    }

    @GetMapping("/console/sources/{id}/{file}")
    String source(@PathVariable("id") String id, @PathVariable("file") String name,
                  @RequestParam(name = "sheet", required = false) String sheet,
                  @RequestParam(name = "cell", required = false) String cell,
                  @RequestParam(name = "line", required = false) String line,
                  @ModelAttribute("viewer") Viewer viewer, Model model, HttpServletResponse response) {
        if (new RuleFile(name, null).isScenarios() && !viewer.any(RULE_READERS)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return "console/denied";
        }
        RuleVersions.Version version = versions.version(id);
        RuleFile file = versions.file(id, name);
        model.addAttribute("version", version);
        Integer number = checkedLine(line);
        model.addAttribute("shown", shown(file, sheet, checkedCell(cell), number));
        model.addAttribute("anchorLine", number == null ? 0 : number);
        model.addAttribute("sheet", sheet);
        model.addAttribute("cell", cell);
        model.addAttribute("line", line);
        return "console/model/source";
    }

    private static ShownFile shown(RuleFile file, String sheet, String cell, Integer line) {
        if (WorkbookGrids.isWorkbook(file.name())) {
            GridMarks marks = new GridMarks();
            if (sheet != null && cell != null) {
                marks.row(sheet, VersionPages.rowOf(cell), "highlight", null);
            }
            return ShownFile.of(file, "w0", marks, Map.of());
        }
        int[] rule = line == null ? new int[] {0, -1} : SourceLines.ruleAround(file.content(), line);
        return ShownFile.of(file, "w0", GridMarks.NONE, Map.of(), rule[0], rule[1]);
    }

    private static String checkedCell(String cell) {
        if (cell != null && !cell.matches("[A-Za-z]{1,3}[0-9]{1,7}")) {
            throw invalid("cell", "a cell reference such as G15");
        }
        return cell == null ? null : cell.toUpperCase(java.util.Locale.ROOT);
    }

    private static Integer checkedLine(String line) {
        if (line != null && !line.matches("[0-9]{1,6}")) {
            throw invalid("line", "a line number such as 42");
        }
        return line == null ? null : Integer.parseInt(line);
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(SystemProblem.INVALID_QUERY, field + ": " + message)
                .with("errors", List.of(new FieldProblem(field, message)));
    }
}
