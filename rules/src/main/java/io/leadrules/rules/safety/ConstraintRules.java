package io.leadrules.rules.safety;

import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;

/**
 * One pattern constraint, read with Drools' own expression parser: only the operators below, and operands that
 * are plain Java over the rule's variables and the fact's fields ({@link JavaCode}).
 */
final class ConstraintRules {

    /** {@code in} and {@code not in} arrive as == and != joined by || and &&. */
    static final Set<String> OPERATORS = Set.of("==", "!=", "<", "<=", ">", ">=", "contains", "memberOf");
    private static final String ALLOWED = "use ==, !=, <, <=, >, >=, &&, ||, !, contains, not contains, memberOf, "
            + "not memberOf, in or not in";

    private ConstraintRules() {
    }

    /** Empty when the expression does not parse: then the build fails on it too, and nothing of it runs. */
    static Optional<ConstraintConnectiveDescr> parse(String expression) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        ConstraintConnectiveDescr result = parser.parse(expression);
        return parser.hasErrors() ? Optional.empty() : Optional.ofNullable(result);
    }

    static void check(String expression, int line, CodeScope scope, Findings findings) {
        Optional<ConstraintConnectiveDescr> parsed = parse(expression);
        if (parsed.isEmpty()) {
            findings.unjudged();
            return;
        }
        Set<String> dropped = ConstraintWords.notRead(expression, parsed.get());
        if (!dropped.isEmpty()) {
            String word = dropped.iterator().next();
            findings.add(line, word, "'" + word + "' is not allowed here: this part of the condition is not a "
                    + "comparison; write conditions such as companySize >= 200, separated by commas");
            return;
        }
        check(parsed.get(), line, scope, findings);
    }

    private static void check(BaseDescr descr, int line, CodeScope scope, Findings findings) {
        if (descr instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(d -> check(d, line, scope, findings));
        } else if (descr instanceof RelationalExprDescr relation) {
            checkOperator(relation, line, findings);
            check(relation.getLeft(), line, scope, findings);
            check(relation.getRight(), line, scope, findings);
        } else if (descr instanceof AtomicExprDescr atom) {
            JavaCode.checkExpression(atom.getExpression(), line, scope, findings);
        } else if (descr instanceof BindingDescr binding) {
            JavaCode.checkExpression(binding.getExpression(), line, scope, findings);
        } else {
            String text = descr == null ? "?" : descr.getText();
            findings.add(line, String.valueOf(text), "'" + text + "' is not allowed in a condition: " + ALLOWED);
        }
    }

    private static void checkOperator(RelationalExprDescr relation, int line, Findings findings) {
        String operator = relation.getOperator();
        if ("matches".equals(operator)) {
            findings.add(line, "matches", "'matches' is not allowed in rules: a regular expression can take "
                    + "minutes on one address; use Text.matchesPattern(field, \"pattern\"), which runs in linear time");
        } else if (!OPERATORS.contains(operator) || relation.getParameters() != null
                && !relation.getParameters().isEmpty()) {
            findings.add(line, operator, "the operator '" + operator + "' is not allowed in rules: " + ALLOWED);
        }
    }
}
