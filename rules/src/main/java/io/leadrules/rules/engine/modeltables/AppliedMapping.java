package io.leadrules.rules.engine.modeltables;

/**
 * A mapping row that changed a value for one evaluation: the field, the value as sent, what it was read as, and the
 * row's Rule ID.
 */
public record AppliedMapping(String ruleId, String field, String sent, String means, String file, String sheet,
                             String cell) {

    /** "source 'google' is read as ORGANIC_SEARCH". */
    public String describe() {
        return field + " '" + sent + "' is read as " + means;
    }
}
