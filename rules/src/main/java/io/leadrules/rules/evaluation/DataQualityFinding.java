package io.leadrules.rules.evaluation;

/** Something wrong or missing in the lead's data. */
public record DataQualityFinding(String code, String field, String severity, String message, String ruleId) {
}
