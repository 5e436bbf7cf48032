package io.leadrules.app.rescoring;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.leadrules.app.jobs.JobScheduler;
import io.leadrules.app.jobs.JobState;
import io.leadrules.app.rescoring.RescoringPages.Page;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rescores one page of a rescoring job, on whichever instance claimed the page's execution, in one transaction: the
 * page's done mark first (its row lock makes a second run of the same page wait, then find it done and do nothing),
 * then its leads rescored and their changed decisions written ({@link PageRescoring}), the page's counts added to the
 * job's, and the job ended DONE when no page is left. Every lead of the job is so rescored by exactly one committed
 * transaction: an instance killed mid-page commits nothing, and the page's execution, no longer heartbeated, is run
 * again by another instance. A page of a job no longer RUNNING (cancelled, failed) does nothing.
 *
 * <p>A page whose transaction fails (the database refused it) is tried again {@value #RETRY_SECONDS} s later, as a
 * whole; after {@value #MAX_TRIES} failed tries the job FAILED.
 */
@Component
class RescoringPageRun {

    static final String TASK = "rescoring-page";
    private static final Logger log = LoggerFactory.getLogger(RescoringPageRun.class);
    private static final int MAX_TRIES = 3;
    private static final int RETRY_SECONDS = 5;

    private final RescoringJobStore jobs;
    private final RescoringPages pages;
    private final RescoringCandidates candidates;
    private final PageRescoring rescoring;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final OneTimeTask<Void> task;

    RescoringPageRun(RescoringJobStore jobs, RescoringPages pages, RescoringCandidates candidates,
                     PageRescoring rescoring, TransactionTemplate transactions, JobScheduler scheduler, Clock clock) {
        this.jobs = jobs;
        this.pages = pages;
        this.candidates = candidates;
        this.rescoring = rescoring;
        this.transactions = transactions;
        this.clock = clock;
        this.task = Tasks.oneTime(TASK).onFailure(this::failed).execute((instance, context) -> run(instance));
        scheduler.register(task);
    }

    /** The page's execution, named {@code <job id>/<page>}. */
    TaskInstance<Void> execution(Page page) {
        return task.instance(page.jobId() + "/" + page.number());
    }

    private void run(TaskInstance<Void> instance) {
        String[] name = instance.getId().split("/");
        run(UUID.fromString(name[0]), Integer.parseInt(name[1]));
    }

    /** Rescores page {@code number} of the job, unless the job is no longer RUNNING or the page is done. */
    void run(UUID jobId, int number) {
        jobs.find(jobId).filter(job -> job.state() == JobState.RUNNING)
                .ifPresent(job -> transactions.executeWithoutResult(tx -> rescore(job, number)));
    }

    private void rescore(RescoringJob job, int number) {
        Page page = pages.undone(job.id(), number).orElse(null);
        if (page == null || !pages.markDone(job.id(), number)) {
            return;
        }
        Progress done = Progress.NONE.with(rescoring.rescore(candidates.between(page.after(), page.last()),
                job.asOf()));
        jobs.progressed(job.id(), done);
        if (jobs.doneIfAllPagesDone(job.id(), clock.instant())) {
            log.info("Rescoring job {} done: its last page, {}, rescored", job.id(), number);
        }
    }

    private void failed(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        String page = complete.getExecution().taskInstance.getId();
        int tries = complete.getExecution().consecutiveFailures + 1;
        Throwable cause = complete.getCause().orElse(null);
        if (tries < MAX_TRIES) {
            log.warn("Rescoring page {} failed (try {} of {}); trying again in {} s", page, tries, MAX_TRIES,
                    RETRY_SECONDS, cause);
            operations.reschedule(complete, clock.instant().plus(Duration.ofSeconds(RETRY_SECONDS)));
            return;
        }
        log.error("Rescoring page {} failed {} times; the job fails", page, tries, cause);
        jobs.finished(UUID.fromString(page.split("/")[0]), JobState.FAILED, clock.instant(),
                "The job stopped: page " + page.split("/")[1] + " failed " + tries + " times: "
                        + (cause == null ? "unknown error" : cause.getMessage()));
        operations.remove();
    }
}
