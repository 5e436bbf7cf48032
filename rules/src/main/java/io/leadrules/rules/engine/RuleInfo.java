package io.leadrules.rules.engine;

import java.util.Locale;

/**
 * What a rule is, for a person: its stable id, its full name, the business reason it exists, the scoring dimension
 * it belongs to (its package: {@code leadrules.fit} is FIT) and where it is written.
 */
public record RuleInfo(String ruleId, String name, String reason, String dimension, RuleSource source) {

    /** "STAGE-SQL Ideal persona asked for a demo" has the id "STAGE-SQL"; a table row's name is its Rule ID. */
    public static String idOf(String ruleName) {
        String trimmed = ruleName.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    /** "leadrules.data_quality" is the dimension DATA_QUALITY. */
    public static String dimensionOf(String packageName) {
        int dot = packageName.lastIndexOf('.');
        return packageName.substring(dot + 1).toUpperCase(Locale.ROOT);
    }
}
