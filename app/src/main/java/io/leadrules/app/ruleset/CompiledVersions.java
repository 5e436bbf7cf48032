package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every compiled rule version the service holds: the active one, and a few recently used others (a draft just
 * uploaded, the version just replaced, one an auditor replays with), at most
 * {@code leadrules.rulesets.compiled-versions} of them. A version not held is compiled from its stored files when
 * needed. One that drops out is retired: released once nothing uses it, so memory does not grow with the number of
 * versions or activations.
 */
@Component
class CompiledVersions {

    private final ActiveRuleSet active;
    private final RuleVersionStore store;
    private final ActiveRuleSetMetrics metrics;
    private final int capacity;
    private final VersionCompiler compiler;
    /** Access order: the eldest is the least recently used. Guarded by {@code this}. */
    private final Map<Long, RuleSetHandle> recent = new LinkedHashMap<>(16, 0.75f, true);

    CompiledVersions(ActiveRuleSet active, RuleVersionStore store, ActiveRuleSetMetrics metrics,
                     RuleVersionSettings settings) {
        this(active, store, metrics, settings, VersionCompiler.STORED);
    }

    @Autowired
    CompiledVersions(ActiveRuleSet active, RuleVersionStore store, ActiveRuleSetMetrics metrics,
                     RuleVersionSettings settings, VersionCompiler compiler) {
        this.compiler = compiler;
        this.active = active;
        this.store = store;
        this.metrics = metrics;
        this.capacity = settings.compiledVersions();
    }

    /** A lease on the compiled version, compiling it from its stored files if it is not held. */
    RuleSetLease lease(long id) {
        while (true) {
            RuleSetHandle handle = held(id).orElseGet(() -> keep(id, compile(id)));
            if (handle.tryAcquire()) {
                return handle.lease();
            }
        }
    }

    /** Holds a version compiled elsewhere (an upload), so that testing or activating it next compiles nothing. */
    void keep(CompiledRuleSet rules) {
        keep(Long.parseLong(rules.version()), rules);
    }

    /**
     * Makes the leased version active: the one it replaces joins the recently used (a rollback to it is then
     * instant). The caller has checked that the version may go live, and keeps its lease until this returns.
     */
    synchronized void activate(RuleSetLease lease) {
        RuleSetHandle next = lease.handle();
        long id = Long.parseLong(next.rules().version());
        if (recent.get(id) == next) {
            recent.remove(id);
        }
        next.reinstate();
        RuleSetHandle previous = active.activate(next);
        metrics.activated(next.rules());
        if (previous != null && previous != next) {
            hold(Long.parseLong(previous.rules().version()), previous);
        }
    }

    /** Lets go of a deleted draft: no request can name it again, so its rule base need not be held. */
    synchronized void forget(long id) {
        RuleSetHandle handle = recent.remove(id);
        if (handle != null) {
            handle.retire();
        }
    }

    /** The ids held compiled, active first: for tests and the log. */
    synchronized Map<Long, Boolean> heldIds() {
        Map<Long, Boolean> ids = new LinkedHashMap<>();
        // the handle, not version(): that may perform a swap set for an instant, which takes other locks
        ids.put(Long.parseLong(active.handle().rules().version()), true);
        recent.keySet().forEach(id -> ids.put(id, false));
        return ids;
    }

    private synchronized Optional<RuleSetHandle> held(long id) {
        RuleSetHandle current = active.handle();
        if (current != null && current.rules().version().equals(Long.toString(id))) {
            return Optional.of(current);
        }
        return Optional.ofNullable(recent.get(id));
    }

    private synchronized RuleSetHandle keep(long id, CompiledRuleSet rules) {
        Optional<RuleSetHandle> already = held(id);
        if (already.isPresent()) {
            rules.close();
            return already.get();
        }
        RuleSetHandle handle = new RuleSetHandle(rules);
        hold(id, handle);
        return handle;
    }

    private void hold(long id, RuleSetHandle handle) {
        RuleSetHandle replaced = recent.put(id, handle);
        if (replaced != null && replaced != handle) {
            replaced.retire();
        }
        while (recent.size() > capacity) {
            Map.Entry<Long, RuleSetHandle> eldest = recent.entrySet().iterator().next();
            recent.remove(eldest.getKey());
            eldest.getValue().retire();
        }
    }

    private CompiledRuleSet compile(long id) {
        return compiler.compile(id, store.files(id));
    }
}
