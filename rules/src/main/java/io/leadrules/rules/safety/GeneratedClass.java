package io.leadrules.rules.safety;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one generated class uses, and what its rule methods say about which rule owns what.
 *
 * @param name          the internal name ({@code leadrules/fit/P52/LambdaConsequence52...})
 * @param uses          every reference, where it occurs
 * @param ruleOfMethod  for each rule method ({@code rule_FIT_45...}) the rule name it builds
 * @param usedByMethod  for each method, the generated classes and the {@code class.method} handles it names
 */
record GeneratedClass(String name, List<Use> uses, Map<String, String> ruleOfMethod,
                      Map<String, Set<String>> usedByMethod) {
}
