package io.leadrules.app.ruleset;

/**
 * A check another feature adds to the activation of a draft (the backtest's AUC gate), so that activation need not
 * know the features that guard it. A check refuses by throwing a {@code ProblemException}; nothing has changed then.
 * Rollbacks to a version that was live before are not checked: they are the way back when something goes wrong.
 */
public interface ActivationCheck {

    /** Throws when the draft {@code versionId} must not replace {@code liveVersionId}. */
    void beforeActivation(String versionId, String liveVersionId);
}
