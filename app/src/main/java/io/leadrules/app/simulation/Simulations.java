package io.leadrules.app.simulation;

import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.system.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * Starts simulations and finds them. They run one at a time, in the order they were started, on one background
 * thread of their own (a long simulation never delays a rescoring job, nor the other way round). Starting a
 * simulation identical to one queued or running (same version, same baseline, same filter, and the same asOf, or
 * both "now") answers that one. Simulations a previous run of the service left unfinished are marked FAILED at
 * startup, before any request is served.
 */
@Service
class Simulations implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Simulations.class);

    private final SimulationStore store;
    private final SimulationRun run;
    private final RuleSetHistory history;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            task -> new Thread(task, "simulation"));

    Simulations(SimulationStore store, SimulationRun run, RuleSetHistory history, Clock clock) {
        this.store = store;
        this.run = run;
        this.history = history;
        this.clock = clock;
    }

    /** The simulation just queued, or an identical one already queued or running. */
    Simulation start(String versionId, SimulationRequest request) {
        String version = history.existingVersion(versionId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SimulationRequestCheck.Checked checked = SimulationRequestCheck.check(request, now);
        String baseline = history.versionLiveAt(checked.asOf());
        boolean asOfNow = request == null || request.asOf() == null;
        return queue(Simulation.queued(UUID.randomUUID(), version, baseline, checked.asOf(), checked.filter(), now),
                asOfNow);
    }

    Simulation find(UUID id) {
        return store.find(id).orElseThrow(() -> new ProblemException(SimulationProblem.SIMULATION_NOT_FOUND,
                "No simulation has the id " + id + ". Start one with POST /api/v1/rulesets/{id}/simulation.")
                .with("jobId", id));
    }

    /** The newest simulations of a version (a 404 problem for an unknown version) and how many it has in all. */
    Listed ofVersion(String versionId, int limit) {
        String version = history.existingVersion(versionId);
        return new Listed(store.ofVersion(version, limit), store.countOfVersion(version));
    }

    private synchronized Simulation queue(Simulation job, boolean asOfNow) {
        Optional<Simulation> identical = store.unfinished(job.rulesetVersion(), job.baselineVersion(), job.filter())
                .stream().filter(other -> asOfNow ? other.asOf().equals(other.createdAt())
                        : other.asOf().equals(job.asOf()))
                .findFirst();
        if (identical.isPresent()) {
            return identical.get();
        }
        store.insert(job);
        executor.execute(() -> run.run(job));
        return job;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int interrupted = store.failUnfinished(clock.instant(), "Interrupted: the service stopped while the "
                + "simulation was queued or running. Start it again.");
        if (interrupted > 0) {
            log.warn("{} simulation(s) left unfinished by the previous run of the service marked FAILED",
                    interrupted);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("The running simulation did not stop within 10 s; it will be marked FAILED at the next start");
        }
    }

    /** Some simulations of a version, and how many it has. */
    record Listed(List<Simulation> items, int total) {
    }
}
