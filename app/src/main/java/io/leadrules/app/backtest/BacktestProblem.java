package io.leadrules.app.backtest;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The problems of backtests. Slugs, statuses and texts are part of the API: clients switch on the {@code type}. */
public enum BacktestProblem implements ProblemType {

    BACKTEST_NOT_FOUND("backtest-not-found", HttpStatus.NOT_FOUND, "No such backtest",
            "No backtest has this id. Backtests are started with POST /api/v1/rulesets/{id}/backtest.",
            "Check the id."),
    NO_OUTCOMES("backtest-without-outcomes", HttpStatus.UNPROCESSABLE_CONTENT, "No stored lead has an outcome",
            "A backtest over the stored leads measures scores against what became of the leads, and no stored lead "
                    + "has an outcome yet.",
            "Record outcomes (POST /api/v1/leads/{id}/outcomes or POST /api/v1/outcomes/import), or upload a "
                    + "dataset with an outcome column (Content-Type: text/csv)."),
    DATASET_UNREADABLE("backtest-dataset-unreadable", HttpStatus.BAD_REQUEST, "The dataset cannot be read",
            "The uploaded dataset's header names a column that is not allowed, lacks a required one, or no row of "
                    + "it is a lead.",
            "Fix the file as the problem's errors say (line and column) and upload it again."),
    NOT_DONE("backtest-not-done", HttpStatus.CONFLICT, "The backtest is not done",
            "What was asked needs a finished backtest, and this one is queued, running, failed or was cancelled.",
            "Wait until GET /api/v1/backtests/{id} says DONE, or start a new backtest."),
    NO_SUGGESTION("suggestion-impossible", HttpStatus.UNPROCESSABLE_CONTENT, "No points can be suggested",
            "Suggested points are fitted on the leads of the backtest, and the leads used for the fit are all "
                    + "converted, or none is, so nothing tells converters apart.",
            "Backtest over more leads, with outcomes of both kinds."),
    ACTIVATION_BELOW_LIVE("activation-below-live-auc", HttpStatus.CONFLICT,
            "The version ranks converters worse than the live one",
            "The activation gate is on (leadrules.backtest.activation-gate) and the version's latest backtest "
                    + "against the live version shows a lower AUC than the live one's by more than the allowed "
                    + "margin, or the version has no backtest against the live version.",
            "Backtest the version (POST /api/v1/rulesets/{id}/backtest), improve it, or have an administrator "
                    + "change the gate.");

    private final ProblemText text;

    BacktestProblem(String slug, HttpStatus status, String title, String when, String fix) {
        this.text = new ProblemText(slug, status, title, when, fix);
    }

    @Override
    public ProblemText text() {
        return text;
    }

    /** Registers these problem types, so that each has its page at {@code /problems/<slug>}. */
    @Component
    static class Catalog implements ProblemCatalog {

        @Override
        public List<BacktestProblem> problemTypes() {
            return List.of(values());
        }
    }
}
