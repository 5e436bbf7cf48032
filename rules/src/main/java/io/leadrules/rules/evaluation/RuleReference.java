package io.leadrules.rules.evaluation;

/** Where a rule is written: a spreadsheet cell or a DRL line (see {@code io.leadrules.rules.engine.RuleSource}). */
public record RuleReference(String file, String sheet, String cell, Integer line) {
}
