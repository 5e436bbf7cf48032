package io.leadrules.rules.safety;

import java.util.List;

/**
 * One use of something a rule set may not use, found in the bytecode Drools generated for it.
 *
 * @param generatedClass the generated class, as a Java name ({@code leadrules.fit.P52.LambdaConsequence52...})
 * @param method         the method it is in ({@code execute}), or {@code <class>} for the class header
 * @param referenced     what is used: {@code java.lang.Runtime.exec}, {@code java.io.File}, or an instruction
 *                       such as "a loop"
 * @param reason         why it is refused, for the person who wrote the rule
 * @param rules          the names of the rules this code belongs to, as written in the rule set; empty when the
 *                       code belongs to no single rule (a package's shared classes)
 */
public record BytecodeViolation(String generatedClass, String method, String referenced, String reason,
                                List<String> rules) {

    public BytecodeViolation {
        rules = List.copyOf(rules);
    }

    /** The package folder of the generated class ({@code leadrules/fit}), by which a violation finds its file. */
    public String packageName() {
        int dot = generatedClass.lastIndexOf('.');
        String pkg = dot < 0 ? "" : generatedClass.substring(0, dot);
        int lambdaFolder = pkg.lastIndexOf(".P");
        return lambdaFolder > 0 && pkg.length() - lambdaFolder == 4 ? pkg.substring(0, lambdaFolder) : pkg;
    }
}
