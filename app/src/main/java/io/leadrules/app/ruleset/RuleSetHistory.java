package io.leadrules.app.ruleset;

import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.engine.CompiledRuleSet;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The rule versions the service can evaluate with, by id or by the instant they were live. Replaying a decision,
 * scoring a lead as of a past instant and simulating a draft go through here; only new decisions use
 * {@link ActiveRuleSet} directly. A version that is not active is compiled from its stored files on first use and
 * kept among the recently used ones (see {@link CompiledVersions}).
 */
@Component
public class RuleSetHistory {

    private final CompiledVersions compiled;
    private final RuleVersionStore store;

    RuleSetHistory(CompiledVersions compiled, RuleVersionStore store) {
        this.compiled = compiled;
        this.store = store;
    }

    /**
     * Runs {@code work} with version {@code version} whose files hash to {@code contentHash}; a 409 problem when the
     * service has no such version (an unknown version, or the same id with different files).
     */
    public <T> T withVersion(String version, String contentHash, Function<CompiledRuleSet, T> work) {
        RuleVersionRecord stored = RuleVersionIds.parse(version).flatMap(store::find).orElseThrow(() ->
                unavailable(version, "Rule version " + version + " is not available: no stored rule version has "
                        + "this id."));
        if (!Objects.equals(stored.contentHash(), contentHash)) {
            throw unavailable(version, "Rule version " + version + " is stored, but with other files (content hash "
                    + stored.contentHash() + ", not " + contentHash + "): replaying with them would not reproduce "
                    + "the decision.");
        }
        try (RuleSetLease lease = compiled.lease(stored.id())) {
            return work.apply(lease.rules());
        }
    }

    /** Runs {@code work} with the version that was live at the instant. */
    public <T> T withLiveAt(Instant instant, Function<CompiledRuleSet, T> work) {
        try (RuleSetLease lease = leaseLiveAt(instant)) {
            return work.apply(lease.rules());
        }
    }

    /** A lease on the version that was live at the instant (the first one for instants before any activation). */
    public RuleSetLease leaseLiveAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return compiled.lease(store.liveAt(instant));
    }

    /** A lease on a stored version by its id as the API shows it; a 404 problem when there is none. */
    public RuleSetLease lease(String versionId) {
        return compiled.lease(store.existing(versionId).id());
    }

    /**
     * The id of a stored version as the API shows it ("02" is "2"); a 404 problem when there is none. Compiles
     * nothing: for a request to check an id before it hands the work to a background job.
     */
    public String existingVersion(String versionId) {
        return store.existing(versionId).versionId();
    }

    /** The label a stored version was given at upload (may be empty); a 404 problem when there is none. */
    public String labelOf(String versionId) {
        return store.existing(versionId).label();
    }

    /** The status of a stored version (ACTIVE, DRAFT or RETIRED); a 404 problem when there is none. */
    public String statusOf(String versionId) {
        return store.existing(versionId).status().name();
    }

    /** The id of the version that was live at the instant, as {@link #leaseLiveAt} would lease it. Compiles nothing. */
    public String versionLiveAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return Long.toString(store.liveAt(instant));
    }

    private static ProblemException unavailable(String version, String detail) {
        return new ProblemException(RuleSetProblem.RULESET_VERSION_UNAVAILABLE, detail).with("rulesetVersion", version);
    }
}
