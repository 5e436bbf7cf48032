package io.leadrules.rules.safety;

import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;

/**
 * The left-hand side of a rule: patterns on the vocabulary joined by and, or, not, exists and forall; a pattern's
 * source may only be {@code collect} or {@code accumulate} with a built-in function. Any other element (eval, from
 * an expression, entry points, windows, named consequences) is refused, including kinds added to Drools later.
 */
final class LhsRules {

    static final List<String> ACCUMULATE_FUNCTIONS = List.of("count", "sum", "min", "max", "average",
            "collectList", "collectSet");
    private static final Set<Class<?>> GROUPS = Set.of(AndDescr.class, OrDescr.class, NotDescr.class,
            ExistsDescr.class, ForallDescr.class);

    private final Set<String> variables;
    private final Findings findings;

    LhsRules(Set<String> variables, Findings findings) {
        this.variables = variables;
        this.findings = findings;
    }

    void check(BaseDescr descr, int line) {
        int here = descr != null && descr.getLine() > 0 ? descr.getLine() : line;
        if (descr instanceof PatternDescr pattern) {
            checkPattern(pattern, here);
        } else if (descr != null && GROUPS.contains(descr.getClass())) {
            ((ConditionalElementDescr) descr).getDescrs().forEach(d -> check((BaseDescr) d, here));
        } else if (descr instanceof EvalDescr) {
            findings.add(here, "eval", "'eval(...)' is not allowed in rules: write the condition inside a pattern, "
                    + "such as Lead( companySize >= 200 )");
        } else if (descr != null) {
            findings.add(here, descr.getClass().getSimpleName(), "this kind of condition is not allowed in rules: use "
                    + "patterns with not, exists, forall, or, collect and accumulate");
        }
    }

    private void checkPattern(PatternDescr pattern, int line) {
        String type = pattern.getObjectType();
        if (pattern.isQuery() || !RuleTypes.allowed(type)) {
            findings.add(line, String.valueOf(type), "'" + type + "' is not allowed in rules: a pattern matches a "
                    + "fact of the vocabulary (io.leadrules.rules.vocabulary) by its simple name");
        }
        if (!pattern.getBehaviors().isEmpty()) {
            findings.add(line, "over", "sliding windows (over window:...) are not allowed in rules");
        }
        pattern.getAnnotations().forEach(a -> findings.add(line, "@" + a.getName(), "'@" + a.getName()
                + "' is not allowed on a pattern"));
        checkSource(pattern.getSource(), line);
        Set<String> properties = RuleTypes.classOf(type).map(RuleTypes::propertiesOf).orElse(Set.of());
        for (BaseDescr constraint : pattern.getDescrs()) {
            int at = constraint.getLine() > 0 ? constraint.getLine() : line;
            if (!(constraint instanceof ExprConstraintDescr expression)) {
                findings.add(at, constraint.getText(), "this kind of constraint is not allowed in rules");
            } else {
                ConstraintRules.check(expression.getExpression(), at,
                        CodeScope.constraint(variables, properties, type), findings);
            }
        }
    }

    private void checkSource(PatternSourceDescr source, int line) {
        if (source == null) {
            return;
        }
        int at = source.getLine() > 0 ? source.getLine() : line;
        if (source instanceof CollectDescr collect) {
            check(collect.getInputPattern(), at);
        } else if (source.getClass() == AccumulateDescr.class) {
            // exactly: a subclass (groupby, and whatever Drools adds) carries code this check does not read
            checkAccumulate((AccumulateDescr) source, at);
        } else if (source instanceof FromDescr from) {
            findings.add(at, "from", "'from " + from.getExpression() + "' is not allowed in rules: 'from' may only "
                    + "take collect(...) or accumulate(...)");
        } else {
            findings.add(at, "from", "'from " + source.getText() + "' is not allowed in rules: 'from' may only take "
                    + "collect(...) or accumulate(...); no entry points, no windows");
        }
    }

    private void checkAccumulate(AccumulateDescr accumulate, int line) {
        if (accumulate.getInitCode() != null || accumulate.getActionCode() != null
                || accumulate.getReverseCode() != null || accumulate.getResultCode() != null
                || accumulate.getClassName() != null) {
            findings.add(line, "init", "accumulate with its own code (init, action, reverse, result) is not allowed "
                    + "in rules: use " + String.join(", ", ACCUMULATE_FUNCTIONS));
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            if (!ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                findings.add(line, function.getFunction(), "the accumulate function '" + function.getFunction()
                        + "' is not allowed in rules: use " + String.join(", ", ACCUMULATE_FUNCTIONS));
            }
            for (String parameter : function.getParams()) {
                JavaCode.checkExpression(parameter, line, CodeScope.constraint(variables, Set.of(), null), findings);
            }
        }
        check(accumulate.getInput(), line);
    }
}
