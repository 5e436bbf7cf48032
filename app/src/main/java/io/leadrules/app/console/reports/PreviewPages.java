package io.leadrules.app.console.reports;

import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.simulation.Simulation;
import io.leadrules.app.simulation.SimulationProblem;
import io.leadrules.app.simulation.Simulations;
import io.leadrules.app.system.PathIds;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The impact preview of a rule version: the form that starts one (the API's simulation, with its filters), the
 * earlier previews of the version, and one preview: its progress while it runs, its report once done.
 */
@Controller
@RequestMapping("/console/rules/{id}/preview")
class PreviewPages {

    /** The most earlier previews the page lists (as the API's list). */
    static final int LISTED = 20;

    private final Simulations simulations;
    private final RuleSetHistory history;
    private final ImpactViews views;
    private final MessageSource messages;

    PreviewPages(Simulations simulations, RuleSetHistory history, ImpactViews views, MessageSource messages) {
        this.simulations = simulations;
        this.history = history;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping
    String start(@PathVariable("id") String id, Model model) {
        Simulations.Listed listed = simulations.ofVersion(id, LISTED);
        model.addAttribute("version", history.existingVersion(id));
        model.addAttribute("previews", listed.items());
        model.addAttribute("total", listed.total());
        model.addAttribute("filters", ImpactViews.FILTERS);
        return "console/reports/preview";
    }

    @PostMapping
    String started(@PathVariable("id") String id, @RequestParam MultiValueMap<String, String> fields) {
        Simulation job = simulations.start(id, PreviewForm.of(fields).request());
        return "redirect:/console/rules/" + job.rulesetVersion() + "/preview/" + job.id();
    }

    @GetMapping("/{job}")
    String preview(@PathVariable("id") String id, @PathVariable("job") String jobId, Model model, Locale locale) {
        Simulation job = simulations.find(PathIds.parse(jobId, SimulationProblem.SIMULATION_NOT_FOUND, "preview",
                "as the version's preview page lists them"));
        String version = history.existingVersion(id);
        if (!job.rulesetVersion().equals(version)) {
            return "redirect:/console/rules/" + job.rulesetVersion() + "/preview/" + job.id();
        }
        model.addAttribute("version", version);
        model.addAttribute("job", job);
        model.addAttribute("running", !job.state().finished());
        model.addAttribute("percentiles", ImpactViews.PERCENTILES);
        if (job.report() != null) {
            model.addAttribute("impact", views.of(job, new Reading(messages, locale)));
        }
        return "console/reports/preview-job";
    }
}
