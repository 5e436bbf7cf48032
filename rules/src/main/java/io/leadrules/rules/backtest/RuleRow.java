package io.leadrules.rules.backtest;

/**
 * One rule against the outcomes: the leads it fired for and how many converted, beside the leads it did not fire
 * for. A rule that fired for none is a dead row ({@code fired.leads() == 0}); one whose leads convert less than the
 * others while it adds points is a misleading row.
 */
public record RuleRow(String ruleId, Conversion fired, Conversion notFired) {
}
