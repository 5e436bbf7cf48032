package io.leadrules.rules.engine;

import java.util.Locale;
import java.util.Map;

/**
 * What a rule is, for a person: its stable id, its full name, the business reason it exists, the scoring dimension
 * it belongs to (its package: {@code leadrules.fit} is FIT) and where it is written.
 *
 * @param reason  the reason in the default language (English): the Reason column, {@code @reason}
 * @param reasons the reason's translations by ISO 639-1 code ({@code es}), from the {@code Reason (es)} column or
 *                {@code @reason_es}; empty without any. Built once per compilation and shared by every evaluation
 *                that explains the rule, so explaining costs no map.
 */
public record RuleInfo(String ruleId, String name, String reason, String dimension, RuleSource source,
                       Map<String, String> reasons) {

    public RuleInfo {
        reasons = Map.copyOf(reasons);
    }

    /** A rule whose reason has no translation. */
    public RuleInfo(String ruleId, String name, String reason, String dimension, RuleSource source) {
        this(ruleId, name, reason, dimension, source, Map.of());
    }

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
