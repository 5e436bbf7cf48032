package io.leadrules.rules.engine;

import io.leadrules.rules.safety.BytecodeCheck;
import io.leadrules.rules.safety.BytecodeViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.builder.KieModule;

/**
 * Runs {@link BytecodeCheck} on a module the executable model built, before any of its classes is loaded, and turns
 * each refusal into a problem at the rule's file and line or sheet and cell: "rule 'FIT-HOSTILE' calls
 * java.lang.Runtime.exec: not allowed in rules, ...". Code that belongs to no single rule is reported at the file
 * of its package.
 */
final class BytecodeSafety {

    private BytecodeSafety() {
    }

    static List<CompileProblem> check(KieModule module, List<DrlUnit> units) {
        List<BytecodeViolation> violations = BytecodeCheck.check(classFiles((InternalKieModule) module));
        if (violations.isEmpty()) {
            return List.of();
        }
        RuleCatalog catalog = RuleCatalog.of(units);
        List<CompileProblem> problems = new ArrayList<>();
        for (BytecodeViolation violation : violations) {
            for (CompileProblem problem : locate(violation, catalog, units)) {
                if (!problems.contains(problem)) {
                    problems.add(problem);
                }
            }
        }
        return problems;
    }

    /** Every class file of the module, by resource name; nothing here loads a class. */
    static Map<String, byte[]> classFiles(InternalKieModule module) {
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                classes.put(name, module.getBytes(name));
            }
        }
        return classes;
    }

    private static List<CompileProblem> locate(BytecodeViolation violation, RuleCatalog catalog,
                                               List<DrlUnit> units) {
        if (violation.rules().isEmpty()) {
            String file = units.stream().filter(u -> u.packageName().equals(violation.packageName()))
                    .map(DrlUnit::file).findFirst().orElse("rule set");
            return List.of(CompileProblem.inFile(file, "the code generated for package " + violation.packageName()
                    + " " + violation.reason()));
        }
        return violation.rules().stream().map(name -> atRule(name, violation, catalog)).toList();
    }

    private static CompileProblem atRule(String ruleName, BytecodeViolation violation, RuleCatalog catalog) {
        Optional<RuleInfo> rule = catalog.rules().stream().filter(r -> r.name().equals(ruleName)).findFirst();
        String message = "rule '" + RuleInfo.idOf(ruleName) + "' " + violation.reason();
        RuleSource source = rule.map(RuleInfo::source).orElse(null);
        if (source == null) {
            return CompileProblem.inFile("rule set", message);
        }
        return new CompileProblem(source.file(), source.sheet(), source.cell(), source.line(), message);
    }
}
