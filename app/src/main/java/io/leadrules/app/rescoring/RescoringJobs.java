package io.leadrules.app.rescoring;

import io.leadrules.app.system.ProblemException;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;

/**
 * Starts rescoring jobs and finds them. One job at a time, on one background thread: starting a job while another
 * is queued or running answers that one instead of piling up a second pass over the same leads. Jobs a previous run
 * of the service left unfinished are marked FAILED at startup, before any request is served.
 */
@Service
class RescoringJobs implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RescoringJobs.class);

    private final RescoringJobStore store;
    private final RescoringRun run;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            task -> new Thread(task, "rescoring"));

    RescoringJobs(RescoringJobStore store, RescoringRun run, Clock clock) {
        this.store = store;
        this.run = run;
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
        executor.execute(() -> run.run(job));
        return new Started(job, true);
    }

    RescoringJob find(UUID id) {
        return store.find(id).orElseThrow(() -> new ProblemException(RescoringProblem.RESCORING_JOB_NOT_FOUND,
                "No rescoring job has the id " + id + ". Start one with POST /api/v1/rescoring-jobs.")
                .with("jobId", id));
    }

    @Override
    public void afterSingletonsInstantiated() {
        int interrupted = store.failUnfinished(clock.instant(), "Interrupted: the service stopped while the job was "
                + "queued or running. Start a new job.");
        if (interrupted > 0) {
            log.warn("{} rescoring job(s) left unfinished by the previous run of the service marked FAILED",
                    interrupted);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("The rescoring job did not stop within 10 s; it will be marked FAILED at the next start");
        }
    }

    /** A job and whether this call queued it (false: it was already queued or running). */
    record Started(RescoringJob job, boolean queued) {
    }
}
