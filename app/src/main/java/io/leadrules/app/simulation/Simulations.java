package io.leadrules.app.simulation;

import io.leadrules.app.jobs.JobLane;
import io.leadrules.app.jobs.JobProblem;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts simulations, finds and cancels them. They run on the simulation lane of the shared scheduler, each on one
 * instance (a long simulation never delays a rescoring job, nor the other way round). Starting a simulation
 * identical to one queued or running (same version, same baseline, same filter, and the same asOf, or both "now")
 * answers that one.
 */
@Service
public class Simulations {

    private static final int ATTEMPTS = 3;

    private final SimulationStore store;
    private final RuleSetHistory history;
    private final JobLane lane;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Simulations(SimulationStore store, RuleSetHistory history, @Qualifier(SimulationLane.NAME) JobLane lane,
                TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.history = history;
        this.lane = lane;
        this.transactions = transactions;
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

    /**
     * Stores and schedules the simulation in one transaction, unless an identical one is queued or running on any
     * instance: its key ({@link #activeKey}) is unique among unfinished simulations, so of two instances queueing the
     * same simulation at once, one stores it and the other answers it.
     */
    private Simulation queue(Simulation job, boolean asOfNow) {
        for (int attempt = 1; ; attempt++) {
            Optional<Simulation> identical = identical(job, asOfNow);
            if (identical.isPresent()) {
                return identical.get();
            }
            try {
                transactions.executeWithoutResult(tx -> {
                    store.insert(job, activeKey(job, asOfNow));
                    lane.submit(job.id());
                });
                return job;
            } catch (DuplicateKeyException another) {
                if (attempt == ATTEMPTS) {
                    throw another;
                }
            }
        }
    }

    private Optional<Simulation> identical(Simulation job, boolean asOfNow) {
        return store.unfinished(job.rulesetVersion(), job.baselineVersion(), job.filter()).stream()
                .filter(other -> asOfNow ? other.asOf().equals(other.createdAt()) : other.asOf().equals(job.asOf()))
                .findFirst();
    }

    /** What makes two simulations identical, as a SHA-256: version, baseline, filter, and the instant or "now". */
    static String activeKey(Simulation job, boolean asOfNow) {
        String identity = String.join("\n", job.rulesetVersion(), job.baselineVersion(), String.valueOf(job.filter()),
                asOfNow ? "now" : job.asOf().toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Some simulations of a version, and how many it has. */
    @Schema(name = "SimulationList", description = "A rule version's newest simulations")
    public record Listed(List<Simulation> items, int total) {
    }
}
