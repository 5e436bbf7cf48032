package io.leadrules.app.rescoring;

import io.leadrules.app.jobs.JobLane;
import io.leadrules.app.jobs.JobProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts rescoring jobs, finds and cancels them. One job at a time across all instances, on the rescoring lane:
 * starting a job while another is queued or running answers that one instead of piling up a second pass over the same
 * leads. The job's row holds the one active key a unique index allows ({@link RescoringJobStore}), so of two instances
 * starting a job at the same instant (the nightly schedule, a click) one stores it and the other answers it.
 */
@Service
class RescoringJobs {

    private static final int ATTEMPTS = 3;

    private final RescoringJobStore store;
    private final JobLane lane;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RescoringJobs(RescoringJobStore store, @Qualifier(RescoringLane.NAME) JobLane lane,
                  TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.lane = lane;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The job just queued (stored and scheduled in one transaction), or the one already queued or running. */
    Started start() {
        for (int attempt = 1; ; attempt++) {
            Optional<RescoringJob> active = store.active();
            if (active.isPresent()) {
                return new Started(active.get(), false);
            }
            RescoringJob job = RescoringJob.queued(UUID.randomUUID(), clock.instant());
            try {
                transactions.executeWithoutResult(tx -> {
                    store.insert(job);
                    lane.submit(job.id());
                });
                return new Started(job, true);
            } catch (DuplicateKeyException another) {
                if (attempt == ATTEMPTS) {
                    throw another;
                }
                // another instance stored one since store.active() was read: answer that one (or, had it already
                // ended, try again)
            }
        }
    }

    RescoringJob find(UUID id) {
        return store.find(id).orElseThrow(() -> new ProblemException(RescoringProblem.RESCORING_JOB_NOT_FOUND,
                ProblemMessage.of("rescoring-job-not-found.detail", id))
                .with("jobId", id));
    }

    /**
     * Cancels a queued or running job and answers it as it now stands (CANCELLED); a 404 problem for an unknown id,
     * a 409 problem for a job that had already finished.
     */
    RescoringJob cancel(UUID id, String actor) {
        find(id);
        if (!lane.cancel(id, "Cancelled by " + actor + ".")) {
            throw JobProblem.alreadyFinished("rescoring job", id, find(id).state());
        }
        return find(id);
    }

    /** A job and whether this call queued it (false: it was already queued or running). */
    record Started(RescoringJob job, boolean queued) {
    }
}
