package io.leadrules.rules.backtest;

/** The leads whose key (grade, temperature, stage, priority) is {@code key}, and how many converted. */
public record CategoryRow(String key, Conversion conversion) {
}
