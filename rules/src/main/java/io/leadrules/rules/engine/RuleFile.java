package io.leadrules.rules.engine;

import java.util.Locale;

/** One named file of a rule set: DRL, a decision table ({@code .drl.xlsx}) or a scenario file. */
public record RuleFile(String name, byte[] content) {

    public RuleFile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A rule file needs a name");
        }
        content = content == null ? new byte[0] : content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public boolean isDrl() {
        return lowerName().endsWith(".drl");
    }

    public boolean isDecisionTable() {
        return lowerName().endsWith(".drl.xlsx");
    }

    public boolean isScenarios() {
        String lower = lowerName();
        return lower.endsWith(".scenarios.csv") || lower.endsWith(".scenarios.xlsx");
    }

    private String lowerName() {
        return name.toLowerCase(Locale.ROOT);
    }
}
