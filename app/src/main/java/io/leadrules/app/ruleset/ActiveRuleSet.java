package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The rule version every new evaluation uses. It is swapped atomically: an evaluation leases the active version once
 * and keeps it to the end, so a swap never mixes two versions in one answer, and the version it replaced is released
 * only after the evaluations still using it have finished.
 */
public final class ActiveRuleSet implements AutoCloseable {

    private final AtomicReference<RuleSetHandle> current;

    ActiveRuleSet(RuleSetHandle initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial rule set"));
    }

    /** Runs {@code work} with the active version, which stays usable until {@code work} returns. */
    public <T> T apply(Function<CompiledRuleSet, T> work) {
        try (RuleSetLease lease = lease()) {
            return work.apply(lease.rules());
        }
    }

    /** A lease on the active version; close it when done. */
    public RuleSetLease lease() {
        while (true) {
            RuleSetHandle handle = current.get();
            if (handle == null) {
                throw new IllegalStateException("The rule set has been closed: the service is shutting down");
            }
            if (handle.tryAcquire()) {
                return handle.lease();
            }
        }
    }

    /** The active version's id, for a quick look (it may change a moment later). */
    public String version() {
        RuleSetHandle handle = current.get();
        if (handle == null) {
            throw new IllegalStateException("The rule set has been closed: the service is shutting down");
        }
        return handle.rules().version();
    }

    /** Makes {@code next} active and returns the handle it replaced; the caller retires or keeps that one. */
    RuleSetHandle activate(RuleSetHandle next) {
        return current.getAndSet(Objects.requireNonNull(next, "next rule set"));
    }

    /** The active handle, for the registry of compiled versions. */
    RuleSetHandle handle() {
        return current.get();
    }

    /** Retires the active version; called once, on shutdown. */
    @Override
    public void close() {
        RuleSetHandle handle = current.getAndSet(null);
        if (handle != null) {
            handle.retire();
        }
    }
}
