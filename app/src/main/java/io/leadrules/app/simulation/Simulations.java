package io.leadrules.app.simulation;

import io.leadrules.app.jobs.JobLane;
import io.leadrules.app.jobs.JobProblem;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Starts simulations, finds and cancels them. They run one at a time, in the order they were started, on the
 * simulation lane (a long simulation never delays a rescoring job, nor the other way round). Starting a simulation
 * identical to one queued or running (same version, same baseline, same filter, and the same asOf, or both "now")
 * answers that one.
 */
@Service
public class Simulations {

    private final SimulationStore store;
    private final SimulationRun run;
    private final RuleSetHistory history;
    private final JobLane lane;
    private final Clock clock;

    Simulations(SimulationStore store, SimulationRun run, RuleSetHistory history,
                @Qualifier(SimulationLane.NAME) JobLane lane, Clock clock) {
        this.store = store;
        this.run = run;
        this.history = history;
        this.lane = lane;
        this.clock = clock;
    }

    /** The simulation just queued, or an identical one already queued or running. */
    public Simulation start(String versionId, SimulationRequest request) {
        String version = history.existingVersion(versionId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SimulationRequestCheck.Checked checked = SimulationRequestCheck.check(request, now);
        String baseline = history.versionLiveAt(checked.asOf());
        boolean asOfNow = request == null || request.asOf() == null;
        return queue(Simulation.queued(UUID.randomUUID(), version, baseline, checked.asOf(), checked.filter(), now),
                asOfNow);
    }

    public Simulation find(UUID id) {
        return store.find(id).orElseThrow(() -> new ProblemException(SimulationProblem.SIMULATION_NOT_FOUND,
                ProblemMessage.of("simulation-not-found.detail", id))
                .with("jobId", id));
    }

    /**
     * Cancels a queued or running simulation and answers it as it now stands (CANCELLED, without a report); a 404
     * problem for an unknown id, a 409 problem for one that had already finished.
     */
    Simulation cancel(UUID id, String actor) {
        find(id);
        if (!lane.cancel(id, "Cancelled by " + actor + ".")) {
            throw JobProblem.alreadyFinished("simulation", id, find(id).state());
        }
        return find(id);
    }

    /** The newest simulations of a version (a 404 problem for an unknown version) and how many it has in all. */
    public Listed ofVersion(String versionId, int limit) {
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
        lane.submit(job.id(), stop -> run.run(job, stop));
        return job;
    }

    /** Some simulations of a version, and how many it has. */
    @Schema(name = "SimulationList", description = "A rule version's newest simulations")
    public record Listed(List<Simulation> items, int total) {
    }
}
