package io.leadrules.rules.safety;

import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AttributeDescr;

/**
 * Rule and package attributes: only those the rule language needs for ordering, each as a literal. Anything given
 * as an expression ({@code salience ($lead.hashCode())}) would be code run by the engine.
 */
final class AttributeRules {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern BOOLEAN = Pattern.compile("true|false");
    private static final Set<String> GROUPS = Set.of("ruleflow-group", "agenda-group", "activation-group");
    private static final Set<String> FLAGS = Set.of("no-loop", "lock-on-active", "auto-focus", "enabled");
    static final String ALLOWED = "salience (a whole number), ruleflow-group, agenda-group, activation-group (text), "
            + "no-loop, lock-on-active, auto-focus, enabled (true or false) and dialect \"java\"";

    private AttributeRules() {
    }

    static void check(AttributeDescr attribute, int line, Findings findings) {
        String name = attribute.getName();
        String value = attribute.getValue() == null ? "" : attribute.getValue().trim();
        if ("dialect".equals(name)) {
            if (!"java".equals(value)) {
                findings.add(line, value, "the dialect '" + value + "' is not allowed in rules: write rules in Java "
                        + "syntax (dialect \"java\", the default)");
            }
        } else if ("salience".equals(name)) {
            require(INTEGER.matcher(value).matches(), attribute, line, "a whole number such as 10 or -5", findings);
        } else if (GROUPS.contains(name)) {
            require(attribute.getType() == AttributeDescr.Type.STRING, attribute, line, "text in quotes", findings);
        } else if (FLAGS.contains(name)) {
            require(BOOLEAN.matcher(value).matches(), attribute, line, "true or false", findings);
        } else {
            findings.add(line, name, "the attribute '" + name + "' is not allowed in rules: use only " + ALLOWED);
        }
    }

    private static void require(boolean literal, AttributeDescr attribute, int line, String expected,
                                Findings findings) {
        if (!literal) {
            findings.add(line, attribute.getValue(), "'" + attribute.getName() + " " + attribute.getValue()
                    + "' is not allowed in rules: " + attribute.getName() + " must be " + expected
                    + ", not an expression");
        }
    }
}
