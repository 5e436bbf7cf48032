package io.leadrules.app.backtest;

import io.leadrules.app.jobs.JobStop;
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

    BacktestRun(RuleSetHistory history, PageScoring scoring, BacktestStore store, BacktestSettings settings,
                Clock clock) {
        this.history = history;
        this.scoring = scoring;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs the backtest, which its lane has just marked RUNNING. */
    void run(Backtest job, CaseSource source, JobStop stop) {
        try {
            store.counted(job.id(), source.total());
            BacktestReport report = measureWithLeases(job, source, stop);
            store.done(job.id(), clock.instant(), report);
            log.info("Backtest {} of version {} against {} done: {} leads backtested", job.id(),
                    job.rulesetVersion(), job.baselineVersion(), report.leads().backtested());
        } catch (JobStopped e) {
            log.info("Backtest {} of version {} stopped: {}", job.id(), job.rulesetVersion(), e.getMessage());
            if (!e.cancelled()) {
                store.end(job.id(), JobState.FAILED, clock.instant(), "The backtest stopped: " + e.getMessage());
            }
        } catch (RuntimeException e) {
            log.error("Backtest {} of version {} failed", job.id(), job.rulesetVersion(), e);
            store.end(job.id(), JobState.FAILED, clock.instant(), "The backtest stopped: " + e.getMessage());
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
