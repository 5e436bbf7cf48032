package io.leadrules.app.backtest;

import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.ruleset.RuleSetLease;
import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.backtest.ObservedLead;
import io.leadrules.rules.backtest.UndefinedMetricException;
import io.leadrules.rules.backtest.suggest.SuggestedPoints;
import io.leadrules.rules.backtest.suggest.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Suggested points from a finished backtest: a regularised logistic regression over the leads the backtest kept,
 * its coefficients written into a copy of the version's workbooks (see {@link SuggestedPoints}). Reads only: the copy
 * is for a person to review and upload as a draft; nothing is activated, nothing is stored.
 */
@Service
public class BacktestSuggestions {

    private final Backtests backtests;
    private final BacktestStore store;
    private final RuleSetHistory history;

    BacktestSuggestions(Backtests backtests, BacktestStore store, RuleSetHistory history) {
        this.backtests = backtests;
        this.store = store;
        this.history = history;
    }

    /** The suggestion of a DONE backtest; a 409 problem before it is done, a 422 one when the data cannot give one. */
    public Suggested of(UUID backtestId) {
        Backtest job = backtests.done(backtestId);
        List<ObservedLead> observed = new ArrayList<>(job.report().leads().read());
        store.forEachObserved(job.id(), observed::add);
        try (RuleSetLease version = history.lease(job.rulesetVersion())) {
            return new Suggested(job, SuggestedPoints.suggest(version.rules().files(), observed));
        } catch (UndefinedMetricException e) {
            throw new ProblemException(BacktestProblem.NO_SUGGESTION, "Backtest " + job.id() + " cannot suggest "
                    + "points: " + e.reason().sentence()).with("backtestId", job.id());
        }
    }

    /** A backtest and the points it suggests. */
    public record Suggested(Backtest backtest, Suggestion suggestion) {
    }
}
