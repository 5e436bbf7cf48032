package io.leadrules.app.console.model;

import io.leadrules.app.console.Viewer;
import io.leadrules.app.ruleset.RuleVersions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Four eyes: the author asks for activation, a second rule editor reads the approval page (the diff against the live
 * version, the scenario report, links to the latest impact preview and backtest) and approves; the activation sends
 * back the review's ETag, so it approves exactly what the page showed (a 412 problem when the version or the live one
 * changed meanwhile). Rolling back re-activates a retired version, four eyes included. The service decides who may:
 * a refusal is its problem, shown by ConsoleAdvice.
 */
@Controller
class ApprovalPages {

    private final RuleVersions versions;
    private final Notices notices;

    ApprovalPages(RuleVersions versions, Notices notices) {
        this.versions = versions;
        this.notices = notices;
    }

    @GetMapping("/console/rules/{id}/approval")
    String approval(@PathVariable("id") String id, @ModelAttribute("viewer") Viewer viewer, Model model) {
        RuleVersions.Version version = versions.version(id);
        RuleVersions.Version live = versions.active();
        model.addAttribute("version", version);
        model.addAttribute("live", live);
        model.addAttribute("view", DiffView.of(versions.diff(id, live.id()), versions.files(id)));
        model.addAttribute("scenarios", ScenarioView.of(versions.lastTest(id).orElse(null)));
        model.addAttribute("reviewTag", versions.reviewTag(id));
        model.addAttribute("ownWork", versions.fourEyes() && versions.contributors(id).contains(viewer.name()));
        model.addAttribute("staleBase", versions.staleBase(id));
        return "console/model/approval";
    }

    /** The author's request: a colleague approves on the approval page, whose address the notice gives. */
    @PostMapping("/console/rules/{id}/activation-request")
    String request(@PathVariable("id") String id, @ModelAttribute("viewer") Viewer viewer,
                   RedirectAttributes redirect) {
        RuleVersions.Version version = versions.version(id);
        if (!versions.fourEyes() || !versions.contributors(id).contains(viewer.name())) {
            return "redirect:/console/rules/" + id + "/approval";
        }
        notices.flash(redirect, "model.notice.requested", version.id(), "/console/rules/" + id + "/approval");
        return "redirect:/console/rules/" + id;
    }

    @PostMapping("/console/rules/{id}/activation")
    String approve(@PathVariable("id") String id, @RequestParam(name = "reviewTag", required = false) String tag,
                   @RequestParam(name = "replaces", required = false) String replaces, RedirectAttributes redirect) {
        RuleVersions.Version live = versions.activate(id, blankToNull(tag), blankToNull(replaces));
        notices.flash(redirect, "model.notice.live", live.id());
        return "redirect:/console/rules/" + id;
    }

    @PostMapping("/console/rules/{id}/rollback")
    String rollback(@PathVariable("id") String id, RedirectAttributes redirect) {
        if (!"RETIRED".equals(versions.version(id).status())) {
            return "redirect:/console/rules/" + id + "/approval";
        }
        RuleVersions.Version live = versions.activate(id, null, null);
        notices.flash(redirect, "model.notice.rolledBack", live.id());
        return "redirect:/console/rules/" + id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
