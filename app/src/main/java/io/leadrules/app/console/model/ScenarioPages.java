package io.leadrules.app.console.model;

import io.leadrules.app.ruleset.RuleVersions;
import io.leadrules.app.ruleset.TestReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A version's scenario report (expected and actual side by side, failures first), running the scenarios again, and
 * "accept these results": after a confirmation page, the next draft with every scenario file re-baselined to this
 * version's results ({@code POST /api/v1/rulesets/{id}/scenarios/accept}).
 */
@Controller
class ScenarioPages {

    private final RuleVersions versions;
    private final Notices notices;

    ScenarioPages(RuleVersions versions, Notices notices) {
        this.versions = versions;
        this.notices = notices;
    }

    @GetMapping("/console/rules/{id}/scenarios")
    String report(@PathVariable("id") String id, Model model) {
        model.addAttribute("version", versions.version(id));
        model.addAttribute("scenarios", ScenarioView.of(versions.lastTest(id).orElse(null)));
        return "console/model/scenarios";
    }

    @PostMapping("/console/rules/{id}/test")
    String test(@PathVariable("id") String id, RedirectAttributes redirect) {
        TestReport report = versions.test(id);
        notices.flash(redirect, "model.notice.tested", report.passedCount(), report.scenarios());
        return "redirect:/console/rules/" + id + "/scenarios";
    }

    @GetMapping("/console/rules/{id}/scenarios/accept")
    String confirm(@PathVariable("id") String id, Model model) {
        model.addAttribute("version", versions.version(id));
        model.addAttribute("scenarios", ScenarioView.of(versions.lastTest(id).orElse(null)));
        return "console/model/accept";
    }

    @PostMapping("/console/rules/{id}/scenarios/accept")
    String accept(@PathVariable("id") String id, RedirectAttributes redirect) {
        RuleVersions.Version draft = versions.acceptScenarios(id);
        notices.flash(redirect, "model.notice.accepted", id, draft.id());
        return "redirect:/console/rules/" + draft.id();
    }
}
