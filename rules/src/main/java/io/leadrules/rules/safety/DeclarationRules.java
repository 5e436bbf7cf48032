package io.leadrules.rules.safety;

import io.leadrules.rules.safety.DrlViolation.Part;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;

/** The package level of a DRL text: imports, and the declarations a rule set may not make at all. */
final class DeclarationRules {

    private static final Pattern VOCABULARY_IMPORT = Pattern.compile(
            Pattern.quote(RuleTypes.VOCABULARY) + "\\.(\\*|[A-Z][A-Za-z0-9_]*)");
    /**
     * The executable model puts a package's generated classes in that package: one named {@code java.lang} made the
     * JVM refuse to define them (a SecurityException that crashed the upload's worker), and one named like the
     * vocabulary or Drools would put rule code beside classes the bytecode allow-list trusts by their package.
     */
    private static final Pattern PACKAGE = Pattern.compile("leadrules(\\.[a-z][a-z0-9_]*)*");
    private static final String ONLY_VOCABULARY = "rules may only use the fact vocabulary and the helpers "
            + "documented for it";

    private DeclarationRules() {
    }

    static void check(PackageDescr pkg, Findings findings) {
        checkPackageName(pkg.getName(), findings);
        pkg.getImports().forEach(i -> checkImport(i, findings));
        pkg.getFunctionImports().forEach(i -> findings.add(i.getLine(), i.getTarget(), "'import static' and "
                + "'import function' are not allowed in rules: " + ONLY_VOCABULARY, Part.IMPORT));
        pkg.getAccumulateImports().forEach(i -> findings.add(i.getLine(), "accumulate", "'import accumulate' is not "
                + "allowed in rules: accumulate only with " + String.join(", ", LhsRules.ACCUMULATE_FUNCTIONS),
                Part.IMPORT));
        pkg.getGlobals().forEach(g -> refuse(g, "global", "a global", Part.GLOBAL, findings));
        pkg.getFunctions().forEach(f -> refuse(f, "function", "a function", Part.FUNCTION, findings));
        pkg.getTypeDeclarations().forEach(d -> refuse(d, "declare", "a new fact type", Part.DECLARATION, findings));
        pkg.getEnumDeclarations().forEach(d -> refuse(d, "declare", "an enum", Part.DECLARATION, findings));
        pkg.getEntryPointDeclarations().forEach(d -> refuse(d, "declare", "an entry point", Part.DECLARATION,
                findings));
        pkg.getWindowDeclarations().forEach(d -> refuse(d, "declare", "a window", Part.DECLARATION, findings));
        if (pkg.getUnit() != null) {
            findings.add(pkg.getUnit().getLine(), "unit", "rule units are not allowed in rules: a rule set is a "
                    + "set of packages of rules");
        }
        pkg.getAttributes().forEach(a -> AttributeRules.check(a, a.getLine(), findings));
    }

    private static void checkPackageName(String name, Findings findings) {
        if (name != null && !name.isEmpty() && !PACKAGE.matcher(name).matches()) {
            findings.add(findings.lineOf(Pattern.compile("^\\s*package\\b"), 1), name, "the package '" + name
                    + "' is not allowed in rules: a rule set's packages are named leadrules.<lower-case words>, "
                    + "such as leadrules.fit");
        }
    }

    private static void checkImport(ImportDescr imported, Findings findings) {
        String target = imported.getTarget();
        if (target != null && (VOCABULARY_IMPORT.matcher(target).matches()
                || RuleTypes.JDK_IMPORTS.containsKey(target))) {
            return;
        }
        findings.add(imported.getLine(), String.valueOf(target), "importing '" + target + "' is not allowed in "
                + "rules: rules may import " + RuleTypes.VOCABULARY + ".* and "
                + String.join(", ", RuleTypes.JDK_IMPORTS.keySet().stream().sorted().toList()), Part.IMPORT);
    }

    private static void refuse(BaseDescr descr, String keyword, String what, Part part, Findings findings) {
        findings.add(descr.getLine(), keyword, "declaring " + what + " ('" + keyword + "') is not allowed in a rule "
                + "set: " + ONLY_VOCABULARY, part);
    }
}
