package io.leadrules.rules.safety;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks the class files Drools' executable model generated for a rule set against {@link AllowList}, before any of
 * them is loaded. However a name is written in a rule (qualified, split over lines, unicode-escaped, built by string
 * concatenation and passed to {@code Class.forName}), the bytecode shows what is really called: a call to
 * {@code Class.forName} is refused whatever its argument, since {@code java.lang.Class} is not on the list.
 *
 * <p>Plain data in, plain data out: the caller reads the class files of the built module and maps each violation's
 * rule name back to a file and line or a sheet and cell.
 */
public final class BytecodeCheck {

    private BytecodeCheck() {
    }

    /**
     * @param classFiles the class files by resource name ({@code leadrules/fit/Rules....class}) or class name;
     *                   other entries (DRL, kmodule.xml) are ignored
     * @return every refused use, one per generated class, method, referenced member and rule, in class name order
     */
    public static List<BytecodeViolation> check(Map<String, byte[]> classFiles) {
        List<GeneratedClass> classes = new ArrayList<>();
        new TreeMap<>(classFiles).forEach((name, bytes) -> {
            if (name.endsWith(".class")) {
                classes.add(ClassScanner.scan(bytes));
            }
        });
        Set<String> generated = new LinkedHashSet<>();
        classes.forEach(c -> generated.add(c.name()));
        RuleOwnership owners = RuleOwnership.of(classes);
        Set<BytecodeViolation> violations = new LinkedHashSet<>();
        for (GeneratedClass generatedClass : classes) {
            List<Use> refused = generatedClass.uses().stream()
                    .filter(use -> refusal(use, generated).isPresent()).toList();
            for (Use use : withoutClassesOfRefusedMembers(refused)) {
                violations.add(new BytecodeViolation(use.generatedClass().replace('/', '.'), use.method(),
                        use.reference().describe(), refusal(use, generated).orElseThrow(),
                        owners.rulesOf(use.generatedClass(), use.method())));
            }
        }
        return List.copyOf(violations);
    }

    /** {@code Runtime.getRuntime()} is one problem, not also "uses the class java.lang.Runtime" in that method. */
    private static List<Use> withoutClassesOfRefusedMembers(List<Use> refused) {
        Set<String> memberOwners = new LinkedHashSet<>();
        refused.stream().filter(use -> use.reference().member() != null)
                .forEach(use -> memberOwners.add(use.method() + " " + use.reference().owner()));
        return refused.stream().filter(use -> use.reference().kind() != Reference.Kind.CLASS
                || !memberOwners.contains(use.method() + " " + use.reference().owner())).toList();
    }

    private static Optional<String> refusal(Use use, Set<String> generated) {
        Reference reference = use.reference();
        if (reference.kind() != Reference.Kind.INSTRUCTION && generated.contains(reference.owner())) {
            return Optional.empty();
        }
        return AllowList.refusal(use);
    }
}
