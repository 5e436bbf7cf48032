package io.leadrules.app.simulation;

import io.leadrules.app.ruleset.RuleVersionDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted draft takes its simulations with it, in the transaction that deletes it: a simulation of a version that
 * no longer exists could neither be read against it nor run again.
 */
@Component
class DeletedDraftSimulations {

    private final SimulationStore store;

    DeletedDraftSimulations(SimulationStore store) {
        this.store = store;
    }

    @EventListener
    void on(RuleVersionDeleted deleted) {
        store.deleteOfVersion(deleted.rulesetVersion());
    }
}
