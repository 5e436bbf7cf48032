package io.leadrules.app.console.reports;

import io.leadrules.app.backtest.Backtest;
import io.leadrules.app.backtest.BacktestProblem;
import io.leadrules.app.backtest.BacktestRequest;
import io.leadrules.app.backtest.Backtests;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.system.PathIds;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The backtest of a rule version: the forms that start one over the stored leads with an outcome or over an uploaded
 * dataset (the API's backtest service, so the same dataset reader, checks and limits), the earlier backtests of the
 * version, and one backtest: its progress while it runs, its report once done.
 */
@Controller
@RequestMapping("/console/rules/{id}/backtest")
class BacktestPages {

    /** The most earlier backtests the page lists (as the API's list). */
    static final int LISTED = 20;

    private final Backtests backtests;
    private final RuleSetHistory history;
    private final BacktestViews views;
    private final MessageSource messages;

    BacktestPages(Backtests backtests, RuleSetHistory history, BacktestViews views, MessageSource messages) {
        this.backtests = backtests;
        this.history = history;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping
    String start(@PathVariable("id") String id, Model model) {
        Backtests.Listed listed = backtests.ofVersion(id, LISTED);
        model.addAttribute("version", history.existingVersion(id));
        model.addAttribute("backtests", listed.items());
        model.addAttribute("total", listed.total());
        return "console/reports/backtest";
    }

    @PostMapping
    String overStoredLeads(@PathVariable("id") String id,
                           @RequestParam(name = "cutoffDays", required = false) String cutoffDays) {
        return shown(backtests.overStoredLeads(id, new BacktestRequest(days(cutoffDays), null)));
    }

    @PostMapping("/dataset")
    String overDataset(@PathVariable("id") String id, @RequestParam("dataset") MultipartFile dataset,
                       @RequestParam(name = "cutoffDays", required = false) String cutoffDays) throws IOException {
        BacktestRequest request = new BacktestRequest(days(cutoffDays), null);
        try (InputStream body = dataset.getInputStream()) {
            return shown(backtests.overDataset(id, request, body));
        }
    }

    @GetMapping("/{job}")
    String backtest(@PathVariable("id") String id, @PathVariable("job") String jobId, Model model, Locale locale) {
        Backtest job = find(jobId);
        String version = history.existingVersion(id);
        if (!job.rulesetVersion().equals(version)) {
            return shown(job);
        }
        model.addAttribute("version", version);
        model.addAttribute("job", job);
        model.addAttribute("running", !job.state().finished());
        if (job.report() != null) {
            model.addAttribute("view", views.of(job, new Reading(messages, locale)));
        }
        return "console/reports/backtest-job";
    }

    private Backtest find(String jobId) {
        return backtests.find(PathIds.parse(jobId, BacktestProblem.BACKTEST_NOT_FOUND, "backtest",
                "as the version's backtest page lists them"));
    }

    private static String shown(Backtest job) {
        return "redirect:/console/rules/" + job.rulesetVersion() + "/backtest/" + job.id();
    }

    private static Integer days(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new ProblemException(SystemProblem.INVALID_QUERY, "Change this field of the backtest form: "
                    + "cutoffDays must be a whole number of days.").with("field", "cutoffDays");
        }
    }
}
