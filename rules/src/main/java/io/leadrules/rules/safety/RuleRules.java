package io.leadrules.rules.safety;

import io.leadrules.rules.model.ReasonLanguages;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.RuleDescr;

/** One rule: no queries, literal attributes, plain-text metadata, an allowed left-hand side and consequence. */
final class RuleRules {

    /**
     * The metadata the engine reads ({@code @reason}, from DRL files and the tables' METADATA columns), and its
     * translations ({@code @reason_es}: a known ISO 639-1 code, see {@link ReasonLanguages}), also one string literal.
     */
    static final Set<String> METADATA = Set.of("reason");
    /** Drools evaluates a metadata value as MVEL while building: it must be one string literal, nothing else. */
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\r\\n]|\\\\.)*\"");

    /**
     * The executable model writes a rule's name into the Java it generates, in string literals and comments: a name
     * with {@code \" + System.exit(0) + \"} was compiled as code, and {@code *}{@code /} closes the comment.
     */
    private static final Pattern UNSAFE_NAME = Pattern.compile("[\"\\\\\\p{Cntrl}]|\\*/|/\\*");

    private RuleRules() {
    }

    /**
     * @param declared the globals and functions the package declares: refused where declared, so their uses are
     *                 not refused a second time
     */
    static void check(RuleDescr rule, PackageNames declared, Findings findings) {
        if (rule.isQuery()) {
            findings.add(rule.getLine(), "query", "queries ('query') are not allowed in a rule set: a query can call "
                    + "itself without end; rules match facts with patterns, not, exists and accumulate");
            return;
        }
        if (UNSAFE_NAME.matcher(rule.getName()).find()) {
            findings.add(rule.getLine(), "rule", "the rule name '" + rule.getName().replaceAll("\\p{Cntrl}", " ")
                    + "' is not allowed: a rule name may not hold a double quote, a backslash, /*, */ or a line "
                    + "break");
        }
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            AttributeRules.check(attribute, attribute.getLine() > 0 ? attribute.getLine() : rule.getLine(), findings);
        }
        rule.getAnnotations().forEach(a -> checkMetadata(rule, a, findings));
        if (!rule.getNamedConsequences().isEmpty()) {
            findings.add(findings.lineOf(Pattern.compile("\\bthen\\s*\\["), rule.getLine()), "then[",
                    "named consequences (then[...]) are not allowed in rules: a rule has one consequence");
        }
        Set<String> variables = Bindings.of(rule.getLhs());
        variables.addAll(declared.globals());
        new LhsRules(variables, findings).check(rule.getLhs(), rule.getLine());
        checkConsequence(rule, variables, declared.functions(), findings);
    }

    private static void checkMetadata(RuleDescr rule, AnnotationDescr annotation, Findings findings) {
        String name = annotation.getName();
        int line = annotation.getLine() > 0 ? annotation.getLine()
                : findings.lineOf(Pattern.compile("@\\s*" + Pattern.quote(name) + "\\b"), rule.getLine());
        if (!METADATA.contains(name) && ReasonLanguages.ofAnnotation(name).isEmpty()) {
            findings.add(line, "@" + name, "the metadata '@" + name + "' is not allowed in rules: use @reason(\"...\")"
                    + " or a translation such as @reason_es(\"...\")");
            return;
        }
        Map<String, Object> values = annotation.getValueMap();
        Object value = values.size() == 1 ? values.get(AnnotationDescr.VALUE) : null;
        if (!(value instanceof String text) || !STRING_LITERAL.matcher(text.trim()).matches()) {
            String written = values.size() == 1 && value != null ? value.toString() : values.toString();
            findings.add(line, firstWord(written), "'@" + name + "(" + written + ")' is not allowed in rules: "
                    + "metadata must be one text in double quotes, such as @" + name + "(\"Asked for a demo\")");
        }
    }

    private static void checkConsequence(RuleDescr rule, Set<String> variables, Set<String> functions,
                                         Findings findings) {
        if (!(rule.getConsequence() instanceof String code) || code.isBlank()) {
            return;
        }
        JavaCode.checkConsequence(code, firstLineOf(code, rule, findings), CodeScope.consequence(variables, functions),
                findings);
    }

    /** The parser gives the line of {@code then}; the code starts at the first line that holds its first line. */
    private static int firstLineOf(String code, RuleDescr rule, Findings findings) {
        String first = code.lines().map(String::trim).filter(l -> !l.isEmpty()).findFirst().orElse("");
        int from = Math.max(rule.getConsequenceLine(), rule.getLine());
        List<String> lines = findings.lines();
        for (int i = Math.max(from, 1) - 1; i < lines.size(); i++) {
            if (lines.get(i).contains(first)) {
                int leadingBlank = (int) code.lines().takeWhile(String::isBlank).count();
                return i + 1 - leadingBlank;
            }
        }
        return from;
    }

    private static String firstWord(String text) {
        String word = text.trim().split("[\\s(.\"]", 2)[0];
        return word.isEmpty() ? text.trim() : word;
    }
}
