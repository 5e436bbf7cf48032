package io.leadrules.rules.backtest.suggest;

/**
 * How the regression was fitted, for the report and to redo it.
 *
 * @param trainingLeads  the observations the fit saw
 * @param holdoutLeads   the observations kept out of it (see {@link Suggestion#holdout()})
 * @param regularisation the inverse regularisation strength C of the L2 penalty (smaller: stronger)
 * @param converged      true when the solver stopped on its gradient criterion rather than on its iteration cap
 * @param ignoredRuleIds the distinct Rule IDs the observations name that the version's files do not have
 * @param pointsPerLogOdds the one scale factor: score points per unit of log-odds (see ADR 0022)
 */
public record FitFacts(int trainingLeads, int holdoutLeads, long seed, double holdoutShare, double regularisation,
                       boolean converged, int ignoredRuleIds, double pointsPerLogOdds) {
}
