package io.leadrules.app.ruleset;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.DecisionTable;
import io.leadrules.rules.engine.RuleFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes a version a rule developer's change: a DRL file that is new or differs from the base version's file of
 * the same name, or a decision table outside the shipped table kinds. Marketing ops change values in the shipped
 * tables; everything else is code, and is marked so on the version for whoever reviews it.
 */
final class DeveloperChanges {

    private DeveloperChanges() {
    }

    /** One sentence per change, DRL files first, in the version's file order; empty for a values-only version. */
    static List<String> of(List<RuleFile> base, CompiledRuleSet rules) {
        return changes(base, rules).stream().map(Change::sentence).toList();
    }

    /** Each change with the file it is in: DRL files first, in the version's file order. */
    static List<Change> changes(List<RuleFile> base, CompiledRuleSet rules) {
        List<Change> changes = new ArrayList<>();
        for (RuleFile file : rules.files()) {
            if (file.isDrl()) {
                drlChange(file, sameName(base, file.name())).ifPresent(s -> changes.add(new Change(file.name(), s)));
            }
        }
        rules.developerTables().forEach(table -> changes.add(new Change(table.file(), tableChange(table))));
        return List.copyOf(changes);
    }

    private static Optional<String> drlChange(RuleFile file, Optional<RuleFile> before) {
        if (before.isEmpty()) {
            return Optional.of("DRL file " + file.name() + " is new");
        }
        return Arrays.equals(before.get().content(), file.content()) ? Optional.empty()
                : Optional.of("DRL file " + file.name() + " differs from the base version's");
    }

    private static String tableChange(DecisionTable table) {
        return table.file() + ", sheet " + table.sheet() + ": table '" + table.name() + "' (RuleSet "
                + table.ruleSet() + ") is not a shipped table kind";
    }

    private static Optional<RuleFile> sameName(List<RuleFile> files, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return files.stream().filter(f -> f.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** One change that makes a version code: the file it is in, and a sentence for whoever reviews it. */
    record Change(String file, String sentence) {
    }
}
