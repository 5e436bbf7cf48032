package io.leadrules.app.rescoring;

import io.leadrules.app.jobs.JobLane;
import io.leadrules.app.jobs.JobProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Starts rescoring jobs, finds and cancels them. One job at a time, on the rescoring lane: starting a job while
 * another is queued or running answers that one instead of piling up a second pass over the same leads.
 */
@Service
class RescoringJobs {

    private final RescoringJobStore store;
    private final RescoringRun run;
    private final JobLane lane;
    private final Clock clock;

    RescoringJobs(RescoringJobStore store, RescoringRun run, @Qualifier(RescoringLane.NAME) JobLane lane,
                  Clock clock) {
        this.store = store;
        this.run = run;
        this.lane = lane;
        this.clock = clock;
    }

    /** The job just queued, or the one already queued or running. */
    synchronized Started start() {
        Optional<RescoringJob> active = store.active();
        if (active.isPresent()) {
            return new Started(active.get(), false);
        }
        RescoringJob job = RescoringJob.queued(UUID.randomUUID(), clock.instant());
        store.insert(job);
        lane.submit(job.id(), stop -> run.run(job, stop));
        return new Started(job, true);
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
