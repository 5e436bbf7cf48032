package io.leadrules.app.backtest;

import io.leadrules.app.ruleset.ActivationCheck;
import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.backtest.AucComparison;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The activation gate (off unless {@code leadrules.backtest.activation-gate.enabled}): a draft goes live only when its
 * latest backtest against the version live now shows an AUC no lower than the live one's by more than the margin.
 * A draft never backtested against the live version, or whose backtest could not measure an AUC, is refused too: with
 * the gate on, a version must prove itself.
 */
@Component
class BacktestGate implements ActivationCheck {

    private final BacktestStore store;
    private final BacktestSettings.Gate gate;

    BacktestGate(BacktestStore store, BacktestSettings settings) {
        this.store = store;
        this.gate = settings.activationGate();
    }

    @Override
    public void beforeActivation(String versionId, String liveVersionId) {
        if (!gate.enabled()) {
            return;
        }
        Backtest latest = store.latestDone(versionId, liveVersionId).orElseThrow(() -> refused(versionId,
                "Version " + versionId + " has no finished backtest against the live version " + liveVersionId
                        + "; backtest it before activating it."));
        AucComparison auc = latest.report().difference().auc();
        if (auc == null) {
            throw refused(versionId, "The latest backtest of version " + versionId + " (" + latest.id()
                    + ") could not measure an AUC: " + latest.report().difference().undefined())
                    .with("backtestId", latest.id());
        }
        if (auc.difference() < -gate.maxAucDrop()) {
            throw refused(versionId, String.format(Locale.ROOT, "In backtest %s, version %s has an AUC of %.4f and "
                            + "the live version %s %.4f: %.4f lower, more than the %.4f allowed.", latest.id(),
                    versionId, auc.a().auc(), liveVersionId, auc.b().auc(), -auc.difference(), gate.maxAucDrop()))
                    .with("backtestId", latest.id()).with("auc", auc.a().auc()).with("liveAuc", auc.b().auc())
                    .with("maxAucDrop", gate.maxAucDrop());
        }
    }

    private static ProblemException refused(String versionId, String detail) {
        return new ProblemException(BacktestProblem.ACTIVATION_BELOW_LIVE, detail + " The live version stays live.")
                .with("rulesetVersion", versionId);
    }
}
