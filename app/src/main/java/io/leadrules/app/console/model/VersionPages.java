package io.leadrules.app.console.model;

import io.leadrules.app.ruleset.RuleVersions;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.Languages;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.ValidationWarning;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The versions list with the upload form, an upload (a new draft, or the refused files with the errors on their
 * cells, status 422), and one version's page: its facts, its workbooks as grids with warnings beside their rows, its
 * other files as numbered lines, and what can be done with it.
 */
@Controller
class VersionPages {

    static final int PAGE_SIZE = 20;

    private final RuleVersions versions;
    private final Notices notices;

    VersionPages(RuleVersions versions, Notices notices) {
        this.versions = versions;
        this.notices = notices;
    }

    @GetMapping("/console/rules")
    String list(@RequestParam(name = "page", defaultValue = "1") String page, Model model) {
        List<RuleVersions.Version> all = versions.all();
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = pageNumber(page, pages);
        model.addAttribute("versions", all.subList((number - 1) * PAGE_SIZE, Math.min(all.size(), number * PAGE_SIZE)));
        model.addAttribute("page", number);
        model.addAttribute("pages", pages);
        return "console/model/versions";
    }

    @PostMapping(path = "/console/rules", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files,
                  @RequestParam(name = "label", required = false) String label,
                  @RequestParam(name = "basedOn", required = false) String basedOn,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        RuleVersions.Outcome outcome = versions.upload(files, label, basedOn);
        if (outcome instanceof RuleVersions.Refused refused) {
            response.setStatus(refused.problem().type().status().value());
            Locale language = Languages.supported(LocaleContextHolder.getLocale());
            model.addAttribute("refused", RefusedUpload.of(refused, language));
            return "console/model/refused";
        }
        RuleVersions.Version draft = ((RuleVersions.Uploaded) outcome).version();
        notices.flash(redirect, "model.notice.uploaded", draft.id());
        return "redirect:/console/rules/" + draft.id();
    }

    @GetMapping("/console/rules/{id}")
    String version(@PathVariable("id") String id, Model model) {
        RuleVersions.Version version = versions.version(id);
        model.addAttribute("version", version);
        model.addAttribute("active", versions.active());
        model.addAttribute("lastTest", versions.lastTest(id).orElse(null));
        model.addAttribute("rollout", versions.rollout(id));
        model.addAttribute("files", shown(versions.files(id), version.warnings()));
        return "console/model/version";
    }

    private static List<ShownFile> shown(List<RuleFile> files, List<ValidationWarning> warnings) {
        List<ShownFile> shown = new ArrayList<>();
        for (RuleFile file : files) {
            List<ValidationWarning> own = warnings.stream().filter(w -> file.name().equals(w.file())).toList();
            GridMarks marks = new GridMarks();
            Map<Integer, String> lines = new HashMap<>();
            for (ValidationWarning warning : own) {
                if (warning.sheet() != null && warning.cell() != null) {
                    marks.row(warning.sheet(), rowOf(warning.cell()), "row-warning", warning.message());
                } else if (warning.line() != null) {
                    lines.merge(warning.line(), warning.message(), (a, b) -> a + " " + b);
                }
            }
            shown.add(ShownFile.of(file, "w" + shown.size(), marks, lines));
        }
        return shown;
    }

    static int rowOf(String cell) {
        String digits = cell.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 7 ? -1 : Integer.parseInt(digits);
    }

    private static int pageNumber(String page, int pages) {
        if (!page.matches("[0-9]{1,6}") || Integer.parseInt(page) < 1 || Integer.parseInt(page) > pages) {
            throw new ProblemException(SystemProblem.INVALID_QUERY, "page: a number from 1 to " + pages + ", not "
                    + page).with("errors", List.of(new FieldProblem("page", "a number from 1 to " + pages)));
        }
        return Integer.parseInt(page);
    }
}
