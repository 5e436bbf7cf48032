package io.leadrules.app.backtest;

import io.leadrules.app.jobs.JobLane;
import io.leadrules.app.jobs.JobProblem;
import io.leadrules.app.jobs.JobState;
import io.leadrules.app.lead.outcome.OutcomeLog;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.ruleset.RuleSetLease;
import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts backtests and finds them. They run as jobs on their own lane of the shared scheduler (a long backtest never
 * delays a rescoring or a simulation), each on one instance; one whose instance stopped or died is resumed by another,
 * from its first lead (it writes nothing but its observed leads, forgotten first, and its report). An uploaded dataset
 * is kept in the database with its backtest, so any instance can read it.
 */
@Service
public class Backtests {

    private final BacktestStore store;
    private final JobLane lane;
    private final RuleSetHistory history;
    private final OutcomeLog outcomes;
    private final BacktestSettings settings;
    private final BacktestDatasets datasets;
    private final DatasetChunks chunks;
    private final TransactionTemplate transactions;
    private final CurrentActor actor;
    private final Clock clock;

    Backtests(BacktestStore store, @Qualifier(BacktestLane.NAME) JobLane lane, RuleSetHistory history,
              OutcomeLog outcomes, BacktestSettings settings, BacktestDatasets datasets, DatasetChunks chunks,
              TransactionTemplate transactions, CurrentActor actor, Clock clock) {
        this.datasets = datasets;
        this.chunks = chunks;
        this.store = store;
        this.lane = lane;
        this.history = history;
        this.outcomes = outcomes;
        this.settings = settings;
        this.transactions = transactions;
        this.actor = actor;
        this.clock = clock;
    }

    /** A backtest of the version over the stored leads with an outcome, queued. */
    public Backtest overStoredLeads(String versionId, BacktestRequest request) {
        String version = history.existingVersion(versionId);
        Instant now = now();
        Cutoff cutoff = CutoffCheck.check(request, settings.cutoffDays(), now);
        if (outcomes.countLeadsWithOutcomes() == 0) {
            throw new ProblemException(BacktestProblem.NO_OUTCOMES, "No stored lead has an outcome, so there is "
                    + "nothing to measure version " + version + " against.").with("rulesetVersion", version);
        }
        Backtest job = Backtest.queued(UUID.randomUUID(), version, history.versionLiveAt(now),
                Backtest.Source.STORED_LEADS, cutoff, now, actor.name());
        transactions.executeWithoutResult(tx -> {
            store.insert(job);
            lane.submit(job.id());
        });
        return job;
    }

    /**
     * A backtest of the version over an uploaded dataset, queued once the file is kept and checked (a 400 problem
     * naming the lines and columns when it is not a dataset; nothing is queued then).
     */
    public Backtest overDataset(String versionId, BacktestRequest request, InputStream body) {
        String version = history.existingVersion(versionId);
        Instant now = now();
        Cutoff cutoff = CutoffCheck.check(request, settings.cutoffDays(), now);
        UUID id = UUID.randomUUID();
        BacktestDatasets.Checked dataset;
        try (RuleSetLease rules = history.lease(version)) {
            dataset = datasets.keep(id, body, rules.rules().attributes());
        }
        Backtest job = Backtest.queued(id, version, history.versionLiveAt(now), Backtest.Source.DATASET, cutoff,
                now, actor.name());
        try {
            transactions.executeWithoutResult(tx -> {
                store.insert(job);
                chunks.store(id, dataset.file());
                lane.submit(id);
            });
        } finally {
            datasets.delete(dataset.file());
        }
        return job;
    }

    public Backtest find(UUID id) {
        return store.find(id).orElseThrow(() -> new ProblemException(BacktestProblem.BACKTEST_NOT_FOUND,
                ProblemMessage.of("backtest-not-found.detail", id))
                .with("backtestId", id));
    }

    /**
     * Cancels a queued or running backtest and answers it as it now stands (CANCELLED, without a report); a 404
     * problem for an unknown id, a 409 problem for one that had already finished.
     */
    Backtest cancel(UUID id) {
        find(id);
        if (!lane.cancel(id, "Cancelled by " + actor.name() + ".")) {
            throw JobProblem.alreadyFinished("backtest", id, find(id).state());
        }
        chunks.delete(id);
        return find(id);
    }

    /** The backtest, once DONE: a 409 problem naming its state before. */
    Backtest done(UUID id) {
        Backtest job = find(id);
        if (job.state() != JobState.DONE) {
            throw new ProblemException(BacktestProblem.NOT_DONE, "Backtest " + id + " is " + job.state()
                    + ": only a DONE backtest has a report to work from.").with("backtestId", id)
                    .with("state", job.state().name());
        }
        return job;
    }

    /** The newest backtests of a version (a 404 problem for an unknown version) and how many it has in all. */
    public Listed ofVersion(String versionId, int limit) {
        String version = history.existingVersion(versionId);
        return new Listed(store.ofVersion(version, limit), store.countOfVersion(version));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Some backtests of a version, and how many it has. */
    @Schema(name = "BacktestList", description = "A rule version's newest backtests")
    public record Listed(List<Backtest> items, int total) {
    }
}
