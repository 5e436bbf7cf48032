package io.leadrules.app.backtest;

import io.leadrules.app.jobs.JobStop;
import io.leadrules.app.lead.LeadHistory;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.outcome.OutcomeLog;
import io.leadrules.app.jobs.JobState;
import io.leadrules.app.jobs.JobStopped;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.ruleset.RuleSetLease;
import io.leadrules.rules.backtest.ObservedLead;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleInfo;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one backtest to its end: leases the version and the baseline for the whole run, scores every lead the source
 * offers with both (a page at a time, on every core: {@link PageScoring}), keeps each lead as the version saw it,
 * saves progress after each page and the report at the end. A lead a version fails on counts in {@code failures};
 * anything else that goes wrong fails the job. Writes no decision and changes no lead.
 */
@Component
class BacktestRun {

    private static final Logger log = LoggerFactory.getLogger(BacktestRun.class);

    private final RuleSetHistory history;
    private final PageScoring scoring;
    private final BacktestStore store;
    private final BacktestSettings settings;
    private final Clock clock;
    private final OutcomeLog outcomes;
    private final LeadStore leads;
    private final LeadHistory leadHistory;
    private final DatasetChunks chunks;

    BacktestRun(RuleSetHistory history, PageScoring scoring, BacktestStore store, BacktestSettings settings,
                Clock clock, OutcomeLog outcomes, LeadStore leads, LeadHistory leadHistory, DatasetChunks chunks) {
        this.history = history;
        this.scoring = scoring;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.outcomes = outcomes;
        this.leads = leads;
        this.leadHistory = leadHistory;
        this.chunks = chunks;
    }

    /**
     * Runs the backtest, which its lane has just marked RUNNING, or taken over from an instance that stopped: it starts
     * again from its first lead, having forgotten what the first run observed. Its dataset, if any, goes when it ends;
     * a stopping instance hands it back to the scheduler (RUNNING, dataset kept) for another instance to resume.
     */
    void run(UUID id, JobStop stop) {
        Backtest job = store.find(id).orElse(null);
        if (job == null) {
            return;
        }
        boolean handedBack = false;
        try {
            run(job, stop);
        } catch (JobStopped e) {
            handedBack = !e.cancelled();
            throw e;
        } finally {
            if (!handedBack && job.source() == Backtest.Source.DATASET) {
                chunks.delete(id);
            }
        }
    }

    private void run(Backtest job, JobStop stop) {
        try {
            store.forgetObserved(job.id());
            CaseSource source = source(job);
            store.counted(job.id(), source.total());
            BacktestReport report = measureWithLeases(job, source, stop);
            store.done(job.id(), clock.instant(), report);
            log.info("Backtest {} of version {} against {} done: {} leads backtested", job.id(),
                    job.rulesetVersion(), job.baselineVersion(), report.leads().backtested());
        } catch (JobStopped e) {
            log.info("Backtest {} of version {} stopped: {}", job.id(), job.rulesetVersion(), e.getMessage());
            if (!e.cancelled()) {
                throw e;
            }
        } catch (RuntimeException e) {
            log.error("Backtest {} of version {} failed", job.id(), job.rulesetVersion(), e);
            store.end(job.id(), JobState.FAILED, clock.instant(), "The backtest stopped: " + e.getMessage());
        }
    }

    /** Where the backtest's leads come from: the stored leads as of its start, or its dataset in the database. */
    private CaseSource source(Backtest job) {
        if (job.source() == Backtest.Source.STORED_LEADS) {
            return new StoredLeadCases(outcomes, leads, leadHistory, job.cutoff(), job.createdAt());
        }
        if (!chunks.exists(job.id())) {
            throw new IllegalStateException("its dataset is no longer kept");
        }
        try (RuleSetLease version = history.lease(job.rulesetVersion())) {
            return new DatasetCases(() -> chunks.open(job.id()),
                    BacktestDatasets.reader(version.rules().attributes()), job.cutoff());
        }
    }

    private BacktestReport measureWithLeases(Backtest job, CaseSource source, JobStop stop) {
        try (RuleSetLease version = history.lease(job.rulesetVersion());
             RuleSetLease live = history.lease(job.baselineVersion())) {
            return measure(job, source, new Versions(version.rules(), live.rules()), stop);
        }
    }

    private BacktestReport measure(Backtest job, CaseSource source, Versions versions, JobStop stop) {
        CompiledRuleSet version = versions.version();
        CompiledRuleSet live = versions.live();
        BacktestTally tally = new BacktestTally(version.version(), ruleIds(version), live.version(), ruleIds(live));
        Exclusions excluded = new Exclusions();
        int[] position = {0};
        source.read(settings.pageSize(), excluded, page -> {
            stop.check();
            List<ObservedLead> observed = new ArrayList<>(page.size());
            for (PageScoring.Scored lead : scoring.score(page, version, live)) {
                count(lead, tally, observed);
            }
            store.observed(job.id(), position[0], observed);
            position[0] += observed.size();
            store.progressed(job.id(), tally.read() + excluded.total(), tally.failures());
        });
        return tally.report(job.source().name(), job.cutoff(), excluded);
    }

    private static void count(PageScoring.Scored lead, BacktestTally tally, List<ObservedLead> observed) {
        if (lead.failed()) {
            tally.failed();
            return;
        }
        tally.add(lead.lead(), lead.withVersion(), lead.withLive());
        observed.add(ObservedLead.of(lead.withVersion(), lead.lead().converted()));
    }

    private static List<String> ruleIds(CompiledRuleSet rules) {
        return rules.catalog().rules().stream().map(RuleInfo::ruleId).distinct().toList();
    }

    /** The version backtested and the live one, leased for the run. */
    private record Versions(CompiledRuleSet version, CompiledRuleSet live) {
    }
}
