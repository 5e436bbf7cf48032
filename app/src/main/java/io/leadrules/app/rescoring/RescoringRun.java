package io.leadrules.app.rescoring;

import io.leadrules.app.jobs.JobState;
import io.leadrules.app.jobs.JobStop;
import io.leadrules.app.jobs.JobStopped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs one job to its end: every stored, non-erased lead, one page of ids at a time (never more than
 * {@code leadrules.rescoring.page-size} in memory), each page rescored at once ({@link PageRescoring}: read in
 * three queries, evaluated on every core, written in one transaction), progress saved after each page.
 * A lead that fails counts in {@code failures}; anything else that goes wrong (the database is gone) fails the job.
 * Between pages it checks its stop signal: a cancelled job ends there (its row already says CANCELLED, and the
 * decisions written before stay, each page having been its own transaction); a stopping service fails it.
 */
@Component
class RescoringRun {

    private static final Logger log = LoggerFactory.getLogger(RescoringRun.class);

    private final RescoringCandidates candidates;
    private final PageRescoring rescoring;
    private final RescoringJobStore jobs;
    private final RescoringSettings settings;
    private final Clock clock;

    RescoringRun(RescoringCandidates candidates, PageRescoring rescoring, RescoringJobStore jobs,
                 RescoringSettings settings, Clock clock) {
        this.candidates = candidates;
        this.rescoring = rescoring;
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs the job, which its lane has just marked RUNNING. */
    void run(RescoringJob job, JobStop stop) {
        try {
            Progress done = rescoreAll(job, stop);
            jobs.finished(job.id(), JobState.DONE, clock.instant(), null);
            log.info("Rescoring job {} done: {} leads, {} changed, {} failures", job.id(), done.processed(),
                    done.changed(), done.failures());
        } catch (JobStopped e) {
            log.info("Rescoring job {} stopped: {}", job.id(), e.getMessage());
            if (!e.cancelled()) {
                jobs.finished(job.id(), JobState.FAILED, clock.instant(), "The job stopped: " + e.getMessage());
            }
        } catch (RuntimeException e) {
            log.error("Rescoring job {} failed", job.id(), e);
            jobs.finished(job.id(), JobState.FAILED, clock.instant(), "The job stopped: " + e.getMessage());
        }
    }

    private Progress rescoreAll(RescoringJob job, JobStop stop) {
        int pageSize = settings.pageSize();
        jobs.counted(job.id(), candidates.count());
        Progress progress = Progress.NONE;
        UUID after = null;
        List<UUID> page;
        do {
            stop.check();
            page = candidates.after(after, pageSize);
            progress = progress.with(rescoring.rescore(page, job.asOf()));
            jobs.progressed(job.id(), progress);
            after = page.isEmpty() ? after : page.get(page.size() - 1);
        } while (page.size() == pageSize);
        return progress;
    }
}
