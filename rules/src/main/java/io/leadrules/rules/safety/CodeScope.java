package io.leadrules.rules.safety;

import java.util.HashSet;
import java.util.Set;

/**
 * What the names in one piece of rule code may refer to.
 *
 * @param variables   the rule's bound variables ({@code $lead}, {@code l}) and, in a consequence, its locals
 * @param properties  in a constraint, the fields of the pattern's type; empty elsewhere
 * @param consequence true for a consequence ({@code then} block), where {@code drools} and {@code insert} exist
 * @param factType    the pattern's type, for messages; null outside a constraint
 * @param functions   names a consequence may call without a receiver besides {@code insert}
 */
record CodeScope(Set<String> variables, Set<String> properties, boolean consequence, String factType,
                 Set<String> functions) {

    static CodeScope constraint(Set<String> variables, Set<String> properties, String factType) {
        return new CodeScope(variables, properties, false, factType, Set.of());
    }

    /** {@code functions}: those the package declares, refused there already, so not refused again at each call. */
    static CodeScope consequence(Set<String> variables, Set<String> functions) {
        return new CodeScope(new HashSet<>(variables), Set.of(), true, null, functions);
    }

    boolean knows(String name) {
        return variables.contains(name) || properties.contains(name);
    }
}
