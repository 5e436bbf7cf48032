package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule set every evaluation uses right now. It is swapped atomically: an evaluation reads {@link #current()}
 * once and keeps that rule set to the end, so a swap never mixes two versions in one answer.
 */
public final class ActiveRuleSet implements AutoCloseable {

    private final AtomicReference<CompiledRuleSet> current;

    public ActiveRuleSet(CompiledRuleSet initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial rule set"));
    }

    /** The active rule set; read it once per evaluation. */
    public CompiledRuleSet current() {
        CompiledRuleSet rules = current.get();
        if (rules == null) {
            throw new IllegalStateException("The rule set has been closed: the service is shutting down");
        }
        return rules;
    }

    /**
     * Makes {@code next} the active rule set and returns the one it replaced. The caller closes the returned set
     * once no evaluation still uses it: closing it here could pull the rule base from under an evaluation in flight.
     */
    public CompiledRuleSet activate(CompiledRuleSet next) {
        return current.getAndSet(Objects.requireNonNull(next, "next rule set"));
    }

    /** Releases the active rule set's compiled module; called once, on shutdown. */
    @Override
    public void close() {
        CompiledRuleSet rules = current.getAndSet(null);
        if (rules != null) {
            rules.close();
        }
    }
}
