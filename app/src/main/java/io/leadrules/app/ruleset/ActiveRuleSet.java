package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The rule version every new evaluation uses. It is swapped atomically: an evaluation leases the active version once
 * and keeps it to the end, so a swap never mixes two versions in one answer, and the version it replaced is released
 * only after the evaluations still using it have finished.
 *
 * <p>A swap can also be set for an instant ({@link #switchAt}): the first lease taken at or after it by this clock
 * performs the swap before it leases, so no evaluation that starts after the instant uses the old version, however
 * late the timer that also performs it runs (ADR 0038).
 */
public final class ActiveRuleSet implements AutoCloseable {

    private final AtomicReference<RuleSetHandle> current;
    private final Clock clock;
    /** The swap set for an instant, null when none is: read on every lease, so volatile. */
    private volatile Switch scheduled;

    ActiveRuleSet(RuleSetHandle initial) {
        this(initial, Clock.systemUTC());
    }

    /** @param clock the wall clock the instants of scheduled swaps are read on (never a test's fixed clock) */
    ActiveRuleSet(RuleSetHandle initial, Clock clock) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial rule set"));
        this.clock = clock;
    }

    /** Runs {@code work} with the active version, which stays usable until {@code work} returns. */
    public <T> T apply(Function<CompiledRuleSet, T> work) {
        try (RuleSetLease lease = lease()) {
            return work.apply(lease.rules());
        }
    }

    /** A lease on the active version; close it when done. */
    public RuleSetLease lease() {
        switchIfDue();
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
        switchIfDue();
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

    /**
     * Sets the swap to perform at {@code at} (replacing any set before); {@code perform} makes the swap and then
     * calls {@link #clearSwitch}. It runs on whichever thread first leases at or after the instant.
     */
    void switchAt(Switch next) {
        scheduled = next;
    }

    /** Forgets {@code done} if it is still the swap set (it was performed, or the activation was called off). */
    void clearSwitch(Switch done) {
        if (scheduled == done) {
            scheduled = null;
        }
    }

    /** The swap set for an instant, null when none is. */
    Switch scheduledSwitch() {
        return scheduled;
    }

    private void switchIfDue() {
        Switch next = scheduled;
        if (next != null && !clock.instant().isBefore(next.at())) {
            next.perform().run();
        }
    }

    /** A swap to {@code version} at {@code at}; {@code perform} does it (once, however often it is called). */
    record Switch(long version, Instant at, Runnable perform) {
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
