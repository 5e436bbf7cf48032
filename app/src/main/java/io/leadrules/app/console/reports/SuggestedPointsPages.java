package io.leadrules.app.console.reports;

import io.leadrules.app.backtest.BacktestProblem;
import io.leadrules.app.backtest.BacktestSuggestions;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.system.PathIds;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The points a finished backtest suggests for its version, as a diff of points cells (current, then suggested, the
 * changes marked), the rows it leaves alone and why, and the download of the version's workbooks with the suggested
 * points written in: the same suggestion and the same zip as the API's, computed on demand, nothing stored.
 */
@Controller
@RequestMapping("/console/rules/{id}/backtest/{job}/suggested-points")
class SuggestedPointsPages {

    private final BacktestSuggestions suggestions;
    private final RuleSetHistory history;

    SuggestedPointsPages(BacktestSuggestions suggestions, RuleSetHistory history) {
        this.suggestions = suggestions;
        this.history = history;
    }

    @GetMapping
    String suggested(@PathVariable("id") String id, @PathVariable("job") String jobId, Model model) {
        BacktestSuggestions.Suggested suggested = suggestions.of(job(jobId));
        String version = suggested.backtest().rulesetVersion();
        if (!version.equals(history.existingVersion(id))) {
            return "redirect:/console/rules/" + version + "/backtest/" + suggested.backtest().id()
                    + "/suggested-points";
        }
        model.addAttribute("version", version);
        model.addAttribute("job", suggested.backtest());
        model.addAttribute("suggestion", suggested.suggestion());
        return "console/reports/suggested-points";
    }

    @GetMapping("/workbooks")
    ResponseEntity<byte[]> workbooks(@PathVariable("id") String id, @PathVariable("job") String jobId) {
        BacktestSuggestions.Suggested suggested = suggestions.of(job(jobId));
        String name = "suggested-points-version-" + suggested.backtest().rulesetVersion() + ".zip";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(suggested.suggestion().zip());
    }

    private static UUID job(String jobId) {
        return PathIds.parse(jobId, BacktestProblem.BACKTEST_NOT_FOUND, "backtest",
                "as the version's backtest page lists them");
    }
}
