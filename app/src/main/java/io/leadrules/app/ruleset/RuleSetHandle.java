package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A compiled rule version and the evaluations using it. Once retired (replaced as the active version, or dropped from
 * the cache of recent versions) it is released, its container disposed, as soon as the last evaluation using it ends:
 * an evaluation in flight always finishes on the version it started with, and no retired version stays in memory
 * after its last user.
 */
final class RuleSetHandle {

    private static final int RELEASED = -1;

    private final CompiledRuleSet rules;
    /** Evaluations using the set now; {@value #RELEASED} once released, after which nobody can acquire it. */
    private final AtomicInteger users = new AtomicInteger();
    private volatile boolean retired;

    RuleSetHandle(CompiledRuleSet rules) {
        this.rules = rules;
    }

    CompiledRuleSet rules() {
        return rules;
    }

    /** Counts one more user; false when the set is already released (the caller looks it up again). */
    boolean tryAcquire() {
        while (true) {
            int now = users.get();
            if (now == RELEASED) {
                return false;
            }
            if (users.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    void release() {
        if (users.decrementAndGet() == 0 && retired) {
            releaseIfUnused();
        }
    }

    /** No new lookups will find this handle; it is released now if unused, else when its last user is done. */
    void retire() {
        retired = true;
        releaseIfUnused();
    }

    /**
     * Undoes {@link #retire()} for a handle that is in use, and so not released: a version dropped from the recent
     * ones while an activation held it becomes the active one after all.
     */
    void reinstate() {
        if (released()) {
            throw new IllegalStateException("Rule version " + rules.version() + " is already released");
        }
        retired = false;
    }

    boolean released() {
        return users.get() == RELEASED;
    }

    RuleSetLease lease() {
        return new RuleSetLease(this);
    }

    private void releaseIfUnused() {
        if (users.compareAndSet(0, RELEASED)) {
            rules.close();
        }
    }
}
