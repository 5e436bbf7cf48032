package io.leadrules.app.console.model;

import io.leadrules.app.ruleset.RuleVersions;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What changed from another version ({@code ?against=}, any version; by default the live one, or, for the live
 * version itself, the one it was based on), as {@code GET /api/v1/rulesets/{id}/diff} gives it, drawn as grids.
 */
@Controller
class DiffPages {

    private final RuleVersions versions;

    DiffPages(RuleVersions versions) {
        this.versions = versions;
    }

    @GetMapping("/console/rules/{id}/diff")
    String diff(@PathVariable("id") String id, @RequestParam(name = "against", required = false) String against,
                Model model) {
        RuleVersions.Version version = versions.version(id);
        String other = against != null && !against.isBlank() ? against.trim() : defaultAgainst(version);
        model.addAttribute("version", version);
        model.addAttribute("view", DiffView.of(versions.diff(id, other), versions.files(id)));
        List<RuleVersions.Version> choices = versions.all().stream().filter(v -> !v.id().equals(id)).toList();
        model.addAttribute("choices", choices);
        return "console/model/diff";
    }

    /** The live version; for the live version itself, null: the API then compares with its base. */
    private String defaultAgainst(RuleVersions.Version version) {
        String live = versions.active().id();
        return live.equals(version.id()) ? null : live;
    }
}
