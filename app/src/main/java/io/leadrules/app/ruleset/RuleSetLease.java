package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;

/**
 * The use of one compiled rule version for as long as the lease is open: the version is not released meanwhile,
 * even if another one is activated. Open it with try-with-resources; closing it twice is harmless.
 */
public final class RuleSetLease implements AutoCloseable {

    private final RuleSetHandle handle;
    private boolean closed;

    RuleSetLease(RuleSetHandle handle) {
        this.handle = handle;
    }

    public CompiledRuleSet rules() {
        if (closed) {
            throw new IllegalStateException("The lease on rule version " + handle.rules().version() + " is closed");
        }
        return handle.rules();
    }

    RuleSetHandle handle() {
        return handle;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            handle.release();
        }
    }
}
