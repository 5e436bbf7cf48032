package io.leadrules.rules.safety;

import java.util.List;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * What a DRL text may contain, judged on what Drools' own parser makes of it ({@link PackageDescr}) rather than on
 * its text: a name split over two lines, hidden in a string or escaped is the same name to the parser. It is an
 * allow-list: every construct not listed below is refused, including those a later Drools adds. Each list is what
 * the shipped rule set (rule version 1: its DRL files and the DRL generated from its tables) needs.
 *
 * <ul>
 *   <li><b>Imports</b>: {@code io.leadrules.rules.vocabulary.*} or one of its classes, {@code java.util.List},
 *       {@code Set}, {@code Map}, {@code Collection}, {@code java.math.BigDecimal}, {@code java.time.Instant},
 *       {@code Duration}, {@code LocalDate}. No {@code import static}, {@code import function},
 *       {@code import accumulate}.</li>
 *   <li><b>Declarations</b>: none. No {@code function}, {@code global}, {@code query} (so no recursion),
 *       {@code declare} (types, enums, entry points, windows), no rule units.</li>
 *   <li><b>Attributes</b> (rule and package): {@code salience} as a whole number, {@code ruleflow-group},
 *       {@code agenda-group}, {@code activation-group} as text, {@code no-loop}, {@code lock-on-active},
 *       {@code auto-focus}, {@code enabled} as true/false, {@code dialect "java"}. No expression, no
 *       {@code duration}, {@code timer}, {@code calendars}, {@code date-effective}, {@code date-expires}, no MVEL.</li>
 *   <li><b>Metadata</b>: {@code @reason("...")}, one string literal (Drools evaluates metadata as MVEL).</li>
 *   <li><b>Conditions</b>: patterns on the vocabulary (and {@code List}/{@code Number}/{@code Object} for collect
 *       and accumulate results) joined by {@code and}, {@code or}, {@code not}, {@code exists}, {@code forall};
 *       {@code from collect(...)}, {@code accumulate} with {@code count}, {@code sum}, {@code min}, {@code max},
 *       {@code average}, {@code collectList}, {@code collectSet}. No {@code eval}, no {@code from} an expression,
 *       no inline accumulate code, no entry points or windows.</li>
 *   <li><b>Constraints</b>: ==, !=, &lt;, &lt;=, &gt;, &gt;=, &amp;&amp;, ||, !, (not) contains, (not) memberOf,
 *       (not) in. No {@code matches} (use {@code Text.matchesPattern}), {@code soundslike}, {@code str[...]},
 *       temporal or custom operators, no {@code #Type} casts; operands are plain Java over the rule's variables,
 *       the fact's fields and the types below.</li>
 *   <li><b>Consequences</b>: plain Java (read with JavaParser): local variables, expressions, if/else, blocks,
 *       return; casts such as {@code ((Number) $x).intValue()}; {@code insert(...)}, {@code drools.getRule()},
 *       {@code drools.setFocus(...)}. No loops, try/catch/throw, synchronized, labels, assert, lambdas, method
 *       references, anonymous or local classes, arrays, {@code .class}, {@code this}, {@code super},
 *       {@code kcontext}, other {@code drools.} calls.</li>
 *   <li><b>Names in code</b>: the rule's variables, the fact's fields, and by simple name only the vocabulary,
 *       the JDK imports above, {@code String}, {@code Number}, {@code Integer}, {@code Long}, {@code Double},
 *       {@code Boolean}, {@code Character}, {@code Math}, {@code Object}. No fully qualified names; never
 *       {@code getClass}, {@code wait}, {@code notify}, {@code notifyAll}, {@code repeat}.</li>
 *   <li><b>Text</b>: no unicode escapes ({@code \}{@code uXXXX}) anywhere: Java decodes them before it reads code.</li>
 * </ul>
 *
 * <p>Which methods and constructors the rules call is judged on the bytecode the build generates, not here.
 */
public final class DrlPolicy {

    /**
     * Brackets nested deeper than this are refused before any parser reads the text: Drools' and JavaParser's
     * parsers recurse once per level, and 4,000 nested parentheses overflowed the stack of the upload's worker.
     * The shipped rule set nests five deep.
     */
    static final int MAX_NESTING = 64;
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\+u+[0-9a-fA-F]{4}");

    private DrlPolicy() {
    }

    /** Reviews one DRL text, written or generated from a decision table. */
    public static DrlReview review(String drl) {
        Findings findings = new Findings(drl);
        refuseUnicodeEscapes(findings);
        if (tooDeep(drl, findings)) {
            return new DrlReview(findings.violations(), 0, false);
        }
        PackageDescr pkg = parse(drl);
        if (pkg == null) {
            return new DrlReview(findings.violations(), 0, false);
        }
        DeclarationRules.check(pkg, findings);
        List<RuleDescr> rules = pkg.getRules();
        PackageNames declared = PackageNames.of(pkg);
        rules.forEach(rule -> RuleRules.check(rule, declared, findings));
        return new DrlReview(findings.violations(), rules.size(), findings.judgedAll());
    }

    /** Null when the text is not DRL: the build, which uses the same parser, reports why. */
    private static PackageDescr parse(String drl) {
        DrlParser parser = new DrlParser();
        try {
            PackageDescr pkg = parser.parse(false, drl);
            return parser.hasErrors() ? null : pkg;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    /** Counts brackets outside string literals; refuses at the line where the nesting first goes too deep. */
    private static boolean tooDeep(String drl, Findings findings) {
        int depth = 0;
        int line = 1;
        boolean inString = false;
        for (int i = 0; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (c == '\n') {
                line++;
                inString = false;
            } else if (inString && c == '\\') {
                i++;
            } else if (inString) {
                inString = c != '"';
            } else if (c == '"') {
                inString = true;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    findings.add(line, String.valueOf(c), "brackets nested more than " + MAX_NESTING + " deep are "
                            + "not allowed in rules: split the condition or the calculation");
                    return true;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return false;
    }

    private static void refuseUnicodeEscapes(Findings findings) {
        List<String> lines = findings.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (UNICODE_ESCAPE.matcher(lines.get(i)).find()) {
                findings.add(i + 1, "\\u", "unicode escapes (\\uXXXX) are not allowed in rules: type the character "
                        + "itself");
            }
        }
    }
}
