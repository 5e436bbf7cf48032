package io.leadrules.rules.diff;

import java.util.List;
import java.util.Locale;

/** A Rule ID that more than one row of a table uses, with the cells that hold it; only the first row is compared. */
public record DuplicateRuleId(Version version, String ruleId, List<String> cells) {

    public enum Version { BASE, OTHER }

    public DuplicateRuleId {
        cells = List.copyOf(cells);
    }

    /** "duplicate Rule ID FIT-ROLE-SENIOR in the other version (B15, B17)". */
    public String describe() {
        return "duplicate Rule ID " + ruleId + " in the " + version.name().toLowerCase(Locale.ROOT)
                + " version (" + String.join(", ", cells) + ")";
    }
}
