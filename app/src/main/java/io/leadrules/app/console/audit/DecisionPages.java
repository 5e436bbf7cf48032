package io.leadrules.app.console.audit;

import io.leadrules.app.audit.AuditProblem;
import io.leadrules.app.audit.DecisionReplay;
import io.leadrules.app.audit.ReplayResult;
import io.leadrules.app.system.PathIds;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * A decision's page (whoever may read decisions) and its replay (the roles that may replay in the API). The replay
 * answers htmx with the result alone, swapped into the page; a plain form post gets the whole page with the result.
 */
@Controller
class DecisionPages {

    private static final String PAGE = "console/audit/decision";

    private final DecisionViews views;
    private final DecisionReplay replays;

    DecisionPages(DecisionViews views, DecisionReplay replays) {
        this.views = views;
        this.replays = replays;
    }

    @GetMapping("/console/decisions/{id}")
    String decision(@PathVariable("id") String pathId, Model model) {
        model.addAttribute("decision", views.of(decisionId(pathId)));
        return PAGE;
    }

    @PostMapping("/console/decisions/{id}/replay")
    String replay(@PathVariable("id") String pathId, Model model,
                  @RequestHeader(name = "HX-Request", required = false) String htmx) {
        UUID id = decisionId(pathId);
        ReplayResult result = replays.replay(id);
        model.addAttribute("replay", ReplayView.of(result));
        if ("true".equals(htmx)) {
            return PAGE + " :: replay";
        }
        model.addAttribute("decision", views.of(id));
        return PAGE;
    }

    private static UUID decisionId(String pathId) {
        return PathIds.parse(pathId, AuditProblem.DECISION_NOT_FOUND, "decision", "as a lead's decisions list them");
    }
}
