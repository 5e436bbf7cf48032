package io.leadrules.app.backtest;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The problems of backtests. Slugs, statuses and texts are part of the API: clients switch on the {@code type}. */
public enum BacktestProblem implements ProblemType {

    BACKTEST_NOT_FOUND("backtest-not-found", HttpStatus.NOT_FOUND),
    NO_OUTCOMES("backtest-without-outcomes", HttpStatus.UNPROCESSABLE_CONTENT),
    DATASET_UNREADABLE("backtest-dataset-unreadable", HttpStatus.BAD_REQUEST),
    NOT_DONE("backtest-not-done", HttpStatus.CONFLICT),
    NO_SUGGESTION("suggestion-impossible", HttpStatus.UNPROCESSABLE_CONTENT),
    ACTIVATION_BELOW_LIVE("activation-below-live-auc", HttpStatus.CONFLICT);

    private final String slug;
    private final HttpStatus status;

    BacktestProblem(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public HttpStatus status() {
        return status;
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
