package io.leadrules.rules.safety;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rule a piece of generated code belongs to. The executable model writes one static method per rule
 * ({@code rule_FIT_45HOSTILE...} in {@code Rules<hash>RuleMethods<n>}) that passes the rule name to
 * {@code D.rule(package, name)} and names the classes of its constraint and consequence lambdas
 * ({@code P52/LambdaConsequence52...INSTANCE}), or the synthetic methods of the lambdas it kept inline. Drools
 * shares a lambda class between rules whose expressions are the same, so code may belong to several rules.
 */
final class RuleOwnership {

    private final Map<String, Set<String>> rulesByTarget;

    private RuleOwnership(Map<String, Set<String>> rulesByTarget) {
        this.rulesByTarget = rulesByTarget;
    }

    static RuleOwnership of(List<GeneratedClass> classes) {
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        for (GeneratedClass generated : classes) {
            generated.ruleOfMethod().forEach((method, rule) -> {
                own(rules, generated.name() + "." + method, rule);
                generated.usedByMethod().getOrDefault(method, Set.of()).stream()
                        .filter(RuleOwnership::isLambda)
                        .forEach(target -> own(rules, target, rule));
            });
        }
        return new RuleOwnership(rules);
    }

    /** A lambda class or a synthetic lambda method; other classes a rule method names are shared by all rules. */
    private static boolean isLambda(String target) {
        String simpleName = target.substring(target.lastIndexOf('/') + 1);
        return simpleName.startsWith("Lambda") || simpleName.contains(".lambda$");
    }

    private static void own(Map<String, Set<String>> rules, String target, String rule) {
        rules.computeIfAbsent(target, t -> new LinkedHashSet<>()).add(rule);
    }

    /** The rules owning that method of that class, or the whole class; empty when none does. */
    List<String> rulesOf(String generatedClass, String method) {
        Set<String> owners = rulesByTarget.get(generatedClass + "." + method);
        if (owners == null) {
            owners = rulesByTarget.getOrDefault(generatedClass, Set.of());
        }
        return new ArrayList<>(owners);
    }
}
