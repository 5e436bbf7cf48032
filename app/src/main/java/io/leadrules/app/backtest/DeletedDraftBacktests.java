package io.leadrules.app.backtest;

import io.leadrules.app.ruleset.RuleVersionDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted draft takes its backtests (and their leads) with it, in the transaction that deletes it. */
@Component
class DeletedDraftBacktests {

    private final BacktestStore store;

    DeletedDraftBacktests(BacktestStore store) {
        this.store = store;
    }

    @EventListener
    void on(RuleVersionDeleted deleted) {
        store.deleteOfVersion(deleted.rulesetVersion());
    }
}
