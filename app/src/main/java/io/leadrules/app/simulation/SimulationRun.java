package io.leadrules.app.simulation;

import io.leadrules.app.jobs.JobStop;
import io.leadrules.app.jobs.JobStopped;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.ruleset.RuleSetLease;
import io.leadrules.rules.engine.CompiledRuleSet;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one simulation to its end: leases both versions for the whole run, compares every matching lead one page of
 * ids at a time (never more than {@code leadrules.simulation.page-size} leads in memory), each page on every core
 * ({@link LeadComparison}), saves progress after each page and the report at the end. A lead that fails counts in {@code failures}; anything else that goes wrong (the
 * database is gone) fails the job; a stopping service hands it back to the scheduler. Between pages it checks its stop signal: a cancelled job ends
 * there, without a report (its row already says CANCELLED). Writes no decision.
 */
@Component
class SimulationRun {

    private static final Logger log = LoggerFactory.getLogger(SimulationRun.class);

    private final SimulationCandidates candidates;
    private final LeadStore leads;
    private final LeadComparison comparison;
    private final RuleSetHistory history;
    private final SimulationStore jobs;
    private final SimulationSettings settings;
    private final Clock clock;

    SimulationRun(SimulationCandidates candidates, LeadStore leads, LeadComparison comparison, RuleSetHistory history,
                  SimulationStore jobs, SimulationSettings settings, Clock clock) {
        this.candidates = candidates;
        this.leads = leads;
        this.comparison = comparison;
        this.history = history;
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Runs the simulation, which its lane has just marked RUNNING (or taken over, when the instance that ran it
     * stopped: it starts again from the first lead). When this instance stops, the run ends at its next page and
     * leaves the simulation RUNNING for another to resume.
     */
    void run(UUID id, JobStop stop) {
        Simulation job = jobs.find(id).orElse(null);
        if (job == null) {
            return;
        }
        try {
            jobs.counted(job.id(), candidates.count(job.filter()));
            ImpactReport report = compareWithLeases(job, stop);
            jobs.done(job.id(), clock.instant(), report);
            log.info("Simulation {} of version {} against {} done: {} leads compared, {} changed", job.id(),
                    job.rulesetVersion(), job.baselineVersion(), report.leads(), report.changed());
        } catch (JobStopped e) {
            log.info("Simulation {} of version {} stopped: {}", job.id(), job.rulesetVersion(), e.getMessage());
            if (!e.cancelled()) {
                throw e;
            }
        } catch (RuntimeException e) {
            log.error("Simulation {} of version {} failed", job.id(), job.rulesetVersion(), e);
            jobs.failed(job.id(), clock.instant(), "The simulation stopped: " + e.getMessage());
        }
    }

    private ImpactReport compareWithLeases(Simulation job, JobStop stop) {
        try (RuleSetLease draft = history.lease(job.rulesetVersion());
             RuleSetLease baseline = history.lease(job.baselineVersion())) {
            return compareAll(job, baseline.rules(), draft.rules(), stop);
        }
    }

    private ImpactReport compareAll(Simulation job, CompiledRuleSet baseline, CompiledRuleSet draft, JobStop stop) {
        int pageSize = settings.pageSize();
        ImpactTally tally = new ImpactTally();
        int processed = 0;
        int failures = 0;
        UUID after = null;
        List<UUID> page;
        do {
            stop.check();
            page = candidates.after(job.filter(), after, pageSize);
            List<StoredLead> leads = load(page);
            processed += leads.size();
            failures += comparison.compareAll(leads, job.asOf(), baseline, draft, tally);
            jobs.progressed(job.id(), processed, failures);
            after = page.isEmpty() ? after : page.get(page.size() - 1);
        } while (page.size() == pageSize);
        return tally.report();
    }

    /** The page's leads in id order; one erased since the page was read is skipped. */
    private List<StoredLead> load(List<UUID> ids) {
        return leads.findAllById(ids).stream().filter(lead -> !lead.erased())
                .sorted(Comparator.comparing(StoredLead::id)).toList();
    }
}
