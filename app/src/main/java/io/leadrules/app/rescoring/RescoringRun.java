package io.leadrules.app.rescoring;

import io.leadrules.app.jobs.JobScheduler;
import io.leadrules.app.jobs.JobState;
import io.leadrules.app.jobs.JobStop;
import io.leadrules.app.jobs.JobStopped;
import io.leadrules.app.rescoring.RescoringPages.Page;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts one job on whichever instance claimed it: cuts every stored, non-erased lead into pages of ids
 * ({@code leadrules.rescoring.page-size} each, keyset order) and schedules one execution per page, in one transaction
 * with the pages' rows and the job's total, so that a job is either not cut at all (and is cut again by whoever resumes
 * it) or cut with every page scheduled. The pages then run on every instance that has a free thread
 * ({@link RescoringPageRun}); the last one to commit ends the job DONE. A job with no lead ends DONE here.
 * Reads ids only: a million leads are two thousand keyset reads of 500 ids.
 */
@Component
class RescoringRun {

    private static final Logger log = LoggerFactory.getLogger(RescoringRun.class);

    private final RescoringCandidates candidates;
    private final RescoringJobStore jobs;
    private final RescoringPages pages;
    private final RescoringPageRun pageRun;
    private final JobScheduler scheduler;
    private final TransactionTemplate transactions;
    private final RescoringSettings settings;
    private final Clock clock;

    RescoringRun(RescoringCandidates candidates, RescoringJobStore jobs, RescoringPages pages,
                 RescoringPageRun pageRun, JobScheduler scheduler, TransactionTemplate transactions,
                 RescoringSettings settings, Clock clock) {
        this.candidates = candidates;
        this.jobs = jobs;
        this.pages = pages;
        this.pageRun = pageRun;
        this.scheduler = scheduler;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Cuts the job, which its lane has just marked RUNNING, into scheduled pages. */
    void run(UUID id, JobStop stop) {
        try {
            if (pages.planned(id)) {
                scheduler.scheduleIfMissing(pages.undone(id).stream().map(pageRun::execution).toList());
                return;
            }
            transactions.executeWithoutResult(tx -> cut(id, stop));
        } catch (JobStopped e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("Rescoring job {} failed", id, e);
            jobs.finished(id, JobState.FAILED, clock.instant(), "The job stopped: " + e.getMessage());
        }
    }

    private void cut(UUID id, JobStop stop) {
        jobs.counted(id, candidates.count());
        List<Page> cut = pagesOf(id, stop);
        if (cut.isEmpty()) {
            jobs.doneIfAllPagesDone(id, clock.instant());
            log.info("Rescoring job {} done: no lead to rescore", id);
            return;
        }
        pages.insert(cut);
        scheduler.scheduleIfMissing(cut.stream().map(pageRun::execution).toList());
        log.info("Rescoring job {} cut into {} pages of up to {} leads", id, cut.size(), settings.pageSize());
    }

    private List<Page> pagesOf(UUID id, JobStop stop) {
        int pageSize = settings.pageSize();
        List<Page> cut = new ArrayList<>();
        UUID after = null;
        List<UUID> ids;
        do {
            stop.check();
            ids = candidates.after(after, pageSize);
            if (!ids.isEmpty()) {
                UUID last = ids.get(ids.size() - 1);
                cut.add(new Page(id, cut.size(), after, last));
                after = last;
            }
        } while (ids.size() == pageSize);
        return cut;
    }
}
